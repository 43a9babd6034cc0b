using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.FileProviders;

namespace Sciatica.Cli.Tests.Published;

/// <summary>
/// A plain static file server over a folder, configured like a default nginx or S3 website: files by path,
/// <c>/x</c> redirected to <c>/x/</c> when x is a folder, <c>index.html</c> for folders, <c>404.html</c> for the rest.
/// </summary>
public sealed class StaticFolderServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticFolderServer(WebApplication app) => _app = app;

    public static async Task<StaticFolderServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // Like nginx's default_type: a file whose extension has no known type (cite.ris, cite.bib) is still served.
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream" });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });
        await app.StartAsync();
        return new StaticFolderServer(app);
    }

    /// <summary>GETs a URL as a browser would, following redirects within the site.</summary>
    public async Task<HttpResponseMessage> GetAsync(string url)
    {
        var client = _app.GetTestClient();
        for (var hops = 0; hops < 5; hops++)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode is not (HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect))
            {
                return response;
            }

            var location = response.Headers.Location!;
            url = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        }

        throw new InvalidOperationException($"too many redirects for {url}");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
