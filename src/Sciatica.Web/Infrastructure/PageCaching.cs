using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Sciatica.Web.Infrastructure;

/// <summary>
/// Pages are rendered once per content snapshot and encoding, then served from memory. The output cache
/// sits outside compression, so it stores the Brotli, gzip and plain bytes of each page and never
/// compresses twice; it also answers If-None-Match / If-Modified-Since with 304. The cache key includes
/// the snapshot version, so a reload can never serve a page rendered from older content.
/// </summary>
public static class PageCaching
{
    public const string PagesTag = "pages";

    /// <summary>Short, so edits reach readers soon; a CDN may serve the old copy while it revalidates.</summary>
    public const string PageCacheControl = "public, max-age=60, stale-while-revalidate=600";

    public static IServiceCollection AddSciaticaPageCaching(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // Pages carry no secrets (no cookies, no tokens), so BREACH has nothing to find.
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.SmallestSize);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.SmallestSize);
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64 * 1024 * 1024;
            o.MaximumBodySize = 1024 * 1024;
            o.DefaultExpirationTimeSpan = TimeSpan.FromDays(1);
            o.AddPolicy(PagesTag, policy => policy
                .Tag(PagesTag)
                .VaryByValue(context => new("content", context.RequestServices.GetRequiredService<ContentStore>().Version.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .VaryByValue(context => new("encoding", PreferredEncoding(context.Request.Headers.AcceptEncoding))));
        });
        return services;
    }

    /// <summary>Output cache, then validators and cache headers, then compression: all three run only on a cache miss.</summary>
    public static WebApplication UseSciaticaPageCaching(this WebApplication app)
    {
        app.UseOutputCache();
        app.Use(AddValidatorsAsync);
        app.UseResponseCompression();
        return app;
    }

    /// <summary>The encoding the compression middleware will choose, so variants are few whatever clients send.</summary>
    private static string PreferredEncoding(Microsoft.Extensions.Primitives.StringValues acceptEncoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted))
        {
            return "identity";
        }

        bool Accepts(string name) => accepted.Any(e => e.Value.Equals(name, StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);
        return Accepts("br") ? "br" : Accepts("gzip") ? "gzip" : "identity";
    }

    /// <summary>A strong ETag (hash of the exact bytes sent, so each encoding has its own), Last-Modified and Cache-Control on pages.</summary>
    private static async Task AddValidatorsAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<IOutputCachePolicy>() is null)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
        {
            var snapshot = context.RequestServices.GetRequiredService<ContentStore>().Current;
            response.Headers.ETag = $"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"";
            response.Headers.LastModified = snapshot.LastModified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            response.Headers.CacheControl = PageCacheControl;
            response.Headers.Vary = HeaderNames.AcceptEncoding;
        }

        if (buffer.Length > 0)
        {
            // An empty body is left alone: the status-code pages still render the friendly 404.
            response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }
}
