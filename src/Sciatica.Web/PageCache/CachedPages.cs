using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Sciatica.Content;
using Sciatica.Web.Content;

namespace Sciatica.Web.PageCache;

/// <summary>
/// Rendered pages by path, for the content snapshot being served. A reload gives the store a new
/// snapshot; pages of older snapshots are then never served again and are dropped when the first page
/// of the new one is kept. Only published pages at their canonical path are kept, so the number of
/// entries is bounded by the content, whatever URLs clients send.
/// </summary>
public sealed class CachedPages(ContentStore store)
{
    private Generation _current = new(null);

    public bool TryGet(string? path, [NotNullWhen(true)] out CachedPage? page)
    {
        var generation = Volatile.Read(ref _current);
        if (path is not null && generation.Snapshot == store.Current)
        {
            return generation.Pages.TryGetValue(path, out page);
        }

        page = null;
        return false;
    }

    /// <param name="renderedFrom">The store's snapshot read before rendering began: the page is no older than that.</param>
    public void Keep(string path, ContentSnapshot renderedFrom, CachedPage page)
    {
        if (renderedFrom != store.Current)
        {
            return; // the content changed while this page was rendered
        }

        var generation = Volatile.Read(ref _current);
        if (generation.Snapshot != renderedFrom)
        {
            Interlocked.CompareExchange(ref _current, new Generation(renderedFrom), generation);
            generation = Volatile.Read(ref _current);
        }

        if (generation.Snapshot == renderedFrom)
        {
            generation.Pages[path] = page;
        }
    }

    private sealed class Generation(ContentSnapshot? snapshot)
    {
        public ContentSnapshot? Snapshot { get; } = snapshot;

        public ConcurrentDictionary<string, CachedPage> Pages { get; } = new(StringComparer.Ordinal);
    }
}
