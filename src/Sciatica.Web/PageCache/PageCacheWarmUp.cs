using System.Diagnostics;
using Sciatica.Content;
using Sciatica.Web.Content;

namespace Sciatica.Web.PageCache;

/// <summary>
/// Renders every published page, with its Brotli and gzip forms, then builds the search index, in the
/// background: once while the server starts listening and again after each content reload. The first render
/// pays for compiling the page code; this way no reader pays for it. Pages go through the
/// real pipeline, so they are kept exactly as a request would keep them, and a page already kept costs
/// only a lookup.
/// </summary>
public static class PageCacheWarmUp
{
    /// <summary>True for the warm-up's own renders, which are not requests and are not logged as such.</summary>
    /// <remarks>A feature rather than an item: reading <c>Items</c> would create a dictionary for every request.</remarks>
    public static bool IsWarmUp(HttpContext context) => context.Features.Get<WarmUpRender>() is not null;

    public static WebApplication WarmUpSciaticaPageCache(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        var warmer = new PageWarmer(
            ((IApplicationBuilder)app).Build(),
            store,
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PageCacheWarmUp)),
            app.Lifetime.ApplicationStopping);
        store.Loaded += warmer.Start;
        // The first load may already have finished while the pipeline was built.
        if (store.Latest is { } loaded)
        {
            warmer.Start(loaded);
        }

        return app;
    }

    private sealed class PageWarmer(RequestDelegate pipeline, ContentStore store, IServiceScopeFactory scopes, ILogger logger, CancellationToken stopping)
    {
        private static readonly string[] Encodings = ["", "br", "gzip"];

        private readonly Lock _queueing = new();
        private Task _queue = Task.CompletedTask;

        private ContentSnapshot? _queued;

        /// <summary>Queues a warm-up after the ones already running or queued: one at a time, and one per snapshot.</summary>
        public void Start(ContentSnapshot snapshot)
        {
            lock (_queueing)
            {
                if (ReferenceEquals(snapshot, _queued))
                {
                    return;
                }

                var when = _queued is null ? "at start-up" : "after a content change";
                _queued = snapshot;
                _queue = _queue.ContinueWith(_ => WarmAsync(snapshot, when), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            }
        }

        private async Task WarmAsync(ContentSnapshot snapshot, string when)
        {
            try
            {
                var started = Stopwatch.GetTimestamp();
                var paths = SitePages.All(snapshot, store.IncludeDrafts).ToList();
                // A newer reload makes these renders pointless (they would not be kept); its own warm-up is queued.
                bool StillCurrent() => !stopping.IsCancellationRequested && store.Current == snapshot;

                // Every page as HTML first (what the first readers wait for), then its Brotli and gzip forms.
                foreach (var acceptEncoding in Encodings)
                {
                    foreach (var path in paths.TakeWhile(_ => StillCurrent()))
                    {
                        await RenderAsync(path, acceptEncoding);
                    }
                }

                if (StillCurrent())
                {
                    // Built here, after the pages, so neither a page nor the first search waits for it.
                    _ = snapshot.Search;
                    logger.LogInformation("Rendered and compressed {Pages} pages and built the search index {When} in {Elapsed:0} ms", paths.Count, when, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
#pragma warning disable CA1031 // A failed warm-up only means the first readers wait for their page.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogWarning(e, "Warming the page cache {When} failed; pages will be rendered on first request", when);
            }
        }

        private async Task RenderAsync(string path, string acceptEncoding)
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
}

/// <summary>Marks a warm-up render.</summary>
internal sealed class WarmUpRender
{
    public static readonly WarmUpRender Instance = new();
}
