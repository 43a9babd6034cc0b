extern alias site;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Sciatica.Content;

namespace Sciatica.Cli.Export;

/// <summary>
/// The real site (its own Program, pages, layout and assets) hosted in this process in Production, so an export
/// is byte for byte what the live site serves. Nothing listens on a port.
/// </summary>
public sealed class InProcessSite(string contentRoot, string? baseUrl) : WebApplicationFactory<site::Program>
{
    /// <summary>The site's project folder (its wwwroot and appsettings.json), found from the repository root.</summary>
    public static string WebProjectFolder =>
        Path.Combine(ContentLocator.RepositoryRoot() ?? Directory.GetCurrentDirectory(), "src", "Sciatica.Web");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(WebProjectFolder);
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("Content:Root", contentRoot);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        if (baseUrl is not null)
        {
            builder.UseSetting("Site:BaseUrl", baseUrl);
        }
    }

    public HttpClient CreateExportClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost/") });
}
