using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Sciatica.Web.Content;

namespace Sciatica.Web.PageCache;

/// <summary>
/// Pages are rendered once per content version and then served from memory by a short path that runs
/// before routing: no endpoint matching, no page code, no compression per request. It replaced ASP.NET's
/// output cache, whose hit path (routing, key building, entry deserialisation) cost about as much CPU as
/// the rest of the request; see README, Performance. Responses that are not kept (search results, 404s,
/// health) are compressed per request at the fastest setting.
/// </summary>
public static class PageCaching
{
    public static IServiceCollection AddSciaticaPageCaching(this IServiceCollection services)
    {
        services.AddSingleton<RenderedPageCache>();
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
    public static WebApplication UseSciaticaRenderedPages(this WebApplication app)
    {
        var cache = app.Services.GetRequiredService<RenderedPageCache>();
        app.Use((context, next) =>
            IsRead(context.Request) && cache.TryGet(context.Request.Path.Value, out var page)
                ? RenderedPageResponse.WriteAsync(context, page)
                : next(context));
        return app;
    }

    /// <summary>After routing: renders a page that may be kept, keeps it, then compresses whatever was not kept.</summary>
    public static WebApplication UseSciaticaPageCaching(this WebApplication app)
    {
        app.Use(RenderAndKeepAsync);
        app.UseResponseCompression();
        return app;
    }

    private static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

    private static async Task RenderAndKeepAsync(HttpContext context, RequestDelegate next)
    {
        var (request, response) = (context.Request, context.Response);
        if (!IsRead(request) || context.GetEndpoint()?.Metadata.GetMetadata<RenderOncePerContentVersionAttribute>() is null)
        {
            await next(context);
            return;
        }

        var snapshot = context.RequestServices.GetRequiredService<ContentStore>().Current;
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

        if (response.StatusCode == StatusCodes.Status200OK && response.ContentType is { } contentType)
        {
            var page = new RenderedPage(buffer.ToArray(), contentType, snapshot.LastModified);
            if (IsCanonical(request.Path.Value))
            {
                context.RequestServices.GetRequiredService<RenderedPageCache>().Keep(request.Path.Value!, snapshot, page);
            }

            await RenderedPageResponse.WriteAsync(context, page);
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
