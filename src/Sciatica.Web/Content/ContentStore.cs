using Microsoft.Extensions.Options;
using Sciatica.Content;

namespace Sciatica.Web.Content;

/// <summary>
/// Holds the snapshot being served. Requests read it; a reload swaps in a new one with one assignment.
/// The first load starts when the store is created and runs while the rest of the site starts up.
/// </summary>
public sealed class ContentStore
{
    private readonly ILogger<ContentStore> _logger;
    private readonly TimeProvider _clock;
    private readonly Lock _reloading = new();
    private readonly Task<ContentSnapshot> _firstLoad;
    private ContentSnapshot? _current;

    public ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<ContentStore> logger)
    {
        _logger = logger;
        _clock = clock;
        IncludeDrafts = environment.IsDevelopment();
        var root = Path.GetFullPath(options.Value.Root);
        _firstLoad = Task.Run(() => Load(root, previous: null));
    }

    /// <summary>Drafts and editors' diagnostics are shown only in Development.</summary>
    public bool IncludeDrafts { get; }

    /// <summary>The snapshot being served; waits for the first load if it has not finished.</summary>
    public ContentSnapshot Current => Volatile.Read(ref _current) ?? FirstSnapshot();

    /// <summary>Raised after a reload has swapped in a new snapshot. Handlers run on the reloading thread: keep them short.</summary>
    public event Action<ContentSnapshot>? Reloaded;

    /// <summary>Reloads from disk, keeping the last good version of any article that now has errors. One reload at a time.</summary>
    public ContentSnapshot Reload()
    {
        ContentSnapshot next;
        lock (_reloading)
        {
            next = Load(Current.Root, Current);
            Volatile.Write(ref _current, next);
        }

        Reloaded?.Invoke(next);
        return next;
    }

    private ContentSnapshot FirstSnapshot()
    {
        Interlocked.CompareExchange(ref _current, _firstLoad.GetAwaiter().GetResult(), null);
        return Volatile.Read(ref _current)!;
    }

    private ContentSnapshot Load(string root, ContentSnapshot? previous)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var snapshot = ContentSnapshot.Load(root, _clock, previous);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        foreach (var d in snapshot.Diagnostics)
        {
            var level = d.IsError ? LogLevel.Error : LogLevel.Warning;
            _logger.Log(level, "{File}:{Line}:{Column}: {Code}: {Message}", d.File, d.Line, d.Column, d.Code, d.Message);
        }

        var (articles, references, errors) = (snapshot.Articles.Count, snapshot.Registry.All.Count, snapshot.Diagnostics.Count(d => d.IsError));
        _logger.LogInformation("Loaded {Articles} articles and {References} references from {Root} with {Errors} errors in {Elapsed:0} ms",
            articles, references, root, errors, elapsed);
        return snapshot;
    }
}
