using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Sciatica.Web.Content;

namespace Sciatica.Web.PageCache;

/// <summary>
/// Pages are rendered once per content version and then served from memory by a short path that runs
/// before routing: no endpoint matching, no page code, no compression per request. It replaced ASP.NET's
/// output cache, whose hit path (routing, key building, entry deserialisation) cost about as much CPU as
/// the rest of the request (tests/benchmarks/results/2026-12-01-run.md). The 404 and 429 pages are kept too (they are reached by
/// re-execution, after routing, so the fill step answers them from memory). Responses that are not kept
/// (search results, health) are compressed per request at the fastest setting.
/// </summary>
public static class PageCacheExtensions
{
    public static IServiceCollection AddSciaticaPageCache(this IServiceCollection services)
    {
        services.AddSingleton<CachedPages>();
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // Pages carry no secrets (no cookies, no tokens), so BREACH has nothing to find.
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Before routing: answers from a page already rendered for the current content.</summary>
    public static WebApplication UseSciaticaPageCache(this WebApplication app)
    {
        var cache = app.Services.GetRequiredService<CachedPages>();
        app.Use((context, next) =>
            IsRead(context.Request) && cache.TryGet(context.Request.Path.Value, out var page)
                ? CachedPageResponse.WriteAsync(context, page)
                : next(context));
        return app;
    }

    /// <summary>After routing: renders a page that may be kept, keeps it, then compresses whatever was not kept.</summary>
    public static WebApplication UseSciaticaPageCacheFill(this WebApplication app)
    {
        app.Use(RenderAndKeepAsync);
        app.UseResponseCompression();
        return app;
    }

    private static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

    private static async Task RenderAndKeepAsync(HttpContext context, RequestDelegate next)
    {
        var (request, response) = (context.Request, context.Response);
        if (!IsRead(request) || context.GetEndpoint()?.Metadata.GetMetadata<KeepInPageCacheAttribute>() is null)
        {
            await next(context);
            return;
        }

        var cache = context.RequestServices.GetRequiredService<CachedPages>();
        if (cache.TryGet(request.Path.Value, out var kept))
        {
            await CachedPageResponse.WriteAsync(context, kept);
            return;
        }

        var snapshot = context.RequestServices.GetRequiredService<RequestContent>().Snapshot;
        var acceptEncoding = request.Headers.AcceptEncoding;
        var original = response.Body;
        using var buffer = new MemoryStream();
        // Rendered plain; the kept page makes its compressed forms itself, once.
        request.Headers.AcceptEncoding = default;
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
            request.Headers.AcceptEncoding = acceptEncoding;
        }

        if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status404NotFound or StatusCodes.Status429TooManyRequests
            && response.ContentType is { } contentType)
        {
            var page = new CachedPage(buffer.ToArray(), contentType, snapshot.LastModified, response.StatusCode);
            if (IsCanonical(request.Path.Value))
            {
                cache.Keep(request.Path.Value!, snapshot, page);
            }

            await CachedPageResponse.WriteAsync(context, page);
        }
        else if (buffer.Length > 0)
        {
            // An empty body is left alone: the status-code pages still render the friendly 404.
            response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }

    /// <summary>Lower case without a trailing slash, as every link on the site is: other spellings are served but not kept.</summary>
    private static bool IsCanonical(string? path) =>
        path is { Length: > 0 } && (path == "/" || !path.EndsWith('/')) && !path.Any(char.IsUpper);
}
