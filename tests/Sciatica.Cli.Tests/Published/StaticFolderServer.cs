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

    /// <summary>The policy docs/static-export.md tells a static host to send: the site's own, plus WebAssembly for the search page.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'; object-src 'none'";

    /// <summary>The address a browser can open when started with <c>onPort</c>.</summary>
    public Uri Address => new(_app.Urls.First());

    /// <param name="onPort">Listen on a loopback port (for a browser) instead of in memory.</param>
    public static async Task<StaticFolderServer> StartAsync(string folder, bool onPort = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
        if (onPort)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return next(context);
        });
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
