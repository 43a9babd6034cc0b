using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sciatica.Content;
using Sciatica.Web.Content;
using Sciatica.Web.Site;

namespace Sciatica.Cli.Export;

/// <summary>
/// The real site (its own services, pages, layout and assets) hosted in this process in Production on an in-memory
/// server, so an export is byte for byte what the live site serves. Nothing listens on a port. Its web assets
/// (<c>wwwroot</c> and the fingerprint manifest) are shipped beside this tool, so it works from any folder.
/// </summary>
public sealed class InProcessSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessSite(WebApplication app) => _app = app;

    /// <summary>On a static copy the search page searches in the browser; the export writes it as <c>search/index.html</c>.</summary>
    public const string SearchPage = "/search";

    public ContentSnapshot Content => _app.Services.GetRequiredService<ContentStore>().Current;

    /// <param name="assetsFolder">The folder holding the site's <c>wwwroot</c> (<see cref="Installation.AssetsFolder"/>).</param>
    public static async Task<InProcessSite> StartAsync(string contentRoot, string baseUrl, string assetsFolder)
    {
        var options = new WebApplicationOptions
        {
            ApplicationName = SiteApplication.Name,
            ContentRootPath = assetsFolder,
            EnvironmentName = Environments.Production,
        };
        var app = SiteApplication.Build(options, builder =>
        {
            builder.WebHost.UseTestServer();
            var settings = new Dictionary<string, string?>
            {
                ["Content:Root"] = contentRoot,
                ["Site:BaseUrl"] = baseUrl,
                ["Site:StaticCopy"] = "true",
                // Only failures: the site's warnings for its operators (such as an unset feedback address) are not the editor's.
                ["Serilog:MinimumLevel:Default"] = "Error",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Error",
                ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Error",
            };
            builder.Configuration.AddInMemoryCollection(settings);
        });
        await app.StartAsync();
        return new InProcessSite(app);
    }

    public HttpClient CreateClient()
    {
        var client = _app.GetTestServer().CreateClient();
        client.BaseAddress = new Uri("http://localhost/");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
