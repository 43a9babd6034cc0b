namespace Sciatica.Web.Content;

/// <summary>
/// Hot reload: any change under Content:Root (add, edit, rename, delete) reloads the snapshot after a
/// short quiet period, so a burst of writes from an editor's save becomes one reload. A reload that
/// throws is logged and the current snapshot keeps being served. The quiet period runs on the site's
/// <see cref="TimeProvider"/>, so tests move it on instead of waiting.
/// </summary>
public sealed class ContentWatcher(ContentStore store, TimeProvider clock, ILogger<ContentWatcher> logger) : IHostedService, IDisposable
{
    /// <summary>Long enough to coalesce one save's events, short enough that pages update well within a second.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(150);

    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _debounce = clock.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(store.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, _) => Schedule();
        _watcher.Created += (_, _) => Schedule();
        _watcher.Deleted += (_, _) => Schedule();
        _watcher.Renamed += (_, _) => Schedule();
        _watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "Content watcher lost events; reloading everything");
            Schedule();
        };
        _watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.EnableRaisingEvents = false;
        _debounce?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }

    private void Schedule() => _debounce?.Change(QuietPeriod, Timeout.InfiniteTimeSpan);

    private void Reload()
    {
        try
        {
            store.Load();
        }
#pragma warning disable CA1031 // Whatever went wrong, the site keeps serving the snapshot it has.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Content reload failed; still serving the previous content");
        }
    }
}
