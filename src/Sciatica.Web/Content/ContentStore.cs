using Microsoft.Extensions.Options;
using Sciatica.Content;

namespace Sciatica.Web.Content;

/// <summary>
/// Holds the snapshot being served. Requests read it (once each, through <see cref="RequestContent"/>); a load
/// swaps in a new one with one assignment. Creating the store reads nothing: <see cref="ContentLoading"/> makes
/// the first load when the host starts, <see cref="ContentWatcher"/> the later ones.
/// </summary>
public sealed class ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<ContentStore> logger)
{
    private readonly Lock _loading = new();
    private ContentSnapshot? _current;

    /// <summary>Drafts and editors' diagnostics are shown only in Development.</summary>
    public bool IncludeDrafts { get; } = environment.IsDevelopment();

    /// <summary>The content folder, as a full path.</summary>
    public string Root { get; } = Path.GetFullPath(options.Value.Root);

    /// <summary>The snapshot being served. The host loads it before the site listens, so only a wiring mistake finds it empty.</summary>
    public ContentSnapshot Current =>
        Volatile.Read(ref _current) ?? throw new InvalidOperationException("The content has not been loaded yet: ContentLoading loads it when the host starts.");

    /// <summary>Raised after each load has swapped in a new snapshot, the first one included. Handlers run on the loading thread: keep them short.</summary>
    public event Action<ContentSnapshot>? Loaded;

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
