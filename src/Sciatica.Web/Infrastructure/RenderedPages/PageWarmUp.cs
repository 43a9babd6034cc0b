using System.Diagnostics;

namespace Sciatica.Web.Infrastructure.RenderedPages;

/// <summary>
/// Renders every published page once, with its Brotli and gzip forms, in the background while the server
/// starts listening: the first render pays for compiling the page code and Brotli's smallest setting is
/// slow, and this way a reader pays for neither. Pages go through the real pipeline, so they are kept
/// exactly as a request would keep them.
/// </summary>
public static class PageWarmUp
{
    private static readonly string[] Encodings = ["", "br", "gzip"];

    /// <summary>True for the warm-up's own renders, which are not requests and are not logged as such.</summary>
    /// <remarks>A feature rather than an item: reading <c>Items</c> would create a dictionary for every request.</remarks>
    public static bool IsWarmUp(HttpContext context) => context.Features.Get<WarmUpRender>() is not null;

    public static WebApplication WarmUpSciaticaPages(this WebApplication app)
    {
        var pipeline = ((IApplicationBuilder)app).Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PageWarmUp));
        var store = app.Services.GetRequiredService<ContentStore>();
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var stopping = app.Lifetime.ApplicationStopping;
        _ = Task.Run(async () =>
        {
            var started = Stopwatch.GetTimestamp();
            var paths = Paths(store).ToList();
            try
            {
                // Every page as HTML first (what the first readers wait for), then its Brotli and gzip forms.
                foreach (var acceptEncoding in Encodings)
                {
                    foreach (var path in paths.TakeWhile(_ => !stopping.IsCancellationRequested))
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = stopping };
                        context.Features.Set(WarmUpRender.Instance);
                        context.Request.Method = HttpMethods.Get;
                        context.Request.Path = path;
                        context.Request.Headers.AcceptEncoding = acceptEncoding;
                        await pipeline(context);
                    }
                }

                logger.LogInformation("Rendered and compressed {Pages} pages at start-up in {Elapsed:0} ms", paths.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
#pragma warning disable CA1031 // A failed warm-up only means the first readers wait for their page.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogWarning(e, "Warming the page cache failed; pages will be rendered on first request");
            }
        });
        return app;
    }

    private static IEnumerable<string> Paths(ContentStore store) =>
        store.Current.Published(store.IncludeDrafts).Select(a => $"/{a.Slug}").Prepend("/").Append("/references");
}

/// <summary>Marks a warm-up render.</summary>
internal sealed class WarmUpRender
{
    public static readonly WarmUpRender Instance = new();
}
