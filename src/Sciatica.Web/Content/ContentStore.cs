using Microsoft.Extensions.Options;
using Sciatica.Content;

namespace Sciatica.Web.Content;

/// <summary>
/// Holds the snapshot being served. Requests read it (once each, through <see cref="RequestContent"/>); a load
/// swaps in a new one with one assignment. Creating the store reads nothing: <see cref="StartFirstLoad"/> begins
/// the first load (the site calls it as soon as its services exist), <see cref="ContentLoading"/> waits for it
/// before the server listens, and <see cref="ContentWatcher"/> makes the later ones.
/// </summary>
public sealed class ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<ContentStore> logger)
{
    private readonly Lock _loading = new();
    private readonly Lock _starting = new();
    private Task? _firstLoad;
    private ContentSnapshot? _current;

    /// <summary>Drafts and editors' diagnostics are shown only in Development.</summary>
    public bool IncludeDrafts { get; } = environment.IsDevelopment();

    /// <summary>The content folder, as a full path.</summary>
    /// <remarks>Read on first use, so a bad setting is reported by the options' start-up validation, not by whoever creates the store.</remarks>
    public string Root => field ??= Path.GetFullPath(options.Value.Root);

    /// <summary>The snapshot being served. The host loads it before the site listens, so only a wiring mistake finds it empty.</summary>
    public ContentSnapshot Current =>
        Latest ?? throw new InvalidOperationException("The content has not been loaded yet: ContentLoading waits for it when the host starts.");

    /// <summary>The snapshot being served, or null before the first load has finished.</summary>
    public ContentSnapshot? Latest => Volatile.Read(ref _current);

    /// <summary>Raised after each load has swapped in a new snapshot, the first one included. Handlers run on the loading thread: keep them short.</summary>
    public event Action<ContentSnapshot>? Loaded;

    /// <summary>Begins the first load on a pool thread, once: later calls return the same task.</summary>
    public Task StartFirstLoad()
    {
        lock (_starting)
        {
            return _firstLoad ??= Task.Run(Load);
        }
    }

    /// <summary>Loads from disk, keeping the last good version of any article that now has errors. One load at a time.</summary>
    public ContentSnapshot Load()
    {
        ContentSnapshot next;
        lock (_loading)
        {
            next = Read(Volatile.Read(ref _current));
            Volatile.Write(ref _current, next);
        }

        Loaded?.Invoke(next);
        return next;
    }

    private ContentSnapshot Read(ContentSnapshot? previous)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var snapshot = ContentSnapshot.Load(Root, clock, previous);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        foreach (var d in snapshot.Diagnostics)
        {
            var level = d.IsError ? LogLevel.Error : LogLevel.Warning;
            logger.Log(level, "{File}:{Line}:{Column}: {Code}: {Message}", d.File, d.Line, d.Column, d.Code, d.Message);
        }

        var (articles, references, errors) = (snapshot.Articles.Count, snapshot.Registry.All.Count, snapshot.Diagnostics.Count(d => d.IsError));
        logger.LogInformation("Loaded {Articles} articles and {References} references from {Root} with {Errors} errors in {Elapsed:0} ms",
            articles, references, Root, errors, elapsed);
        return snapshot;
    }
}
