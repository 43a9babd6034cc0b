using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Sciatica.Web.Infrastructure.RenderedPages;

/// <summary>
/// Rendered pages by path, for the content version being served. A reload moves the store to a new
/// version; pages of older versions are then never served again and are dropped when the first page of
/// the new version is kept. Only published pages at their canonical path are kept, so the number of
/// entries is bounded by the content, whatever URLs clients send.
/// </summary>
public sealed class RenderedPageCache(ContentStore store)
{
    private Generation _current = new(-1);

    public int Count => Volatile.Read(ref _current).Pages.Count;

    public bool TryGet(string? path, [NotNullWhen(true)] out RenderedPage? page)
    {
        var generation = Volatile.Read(ref _current);
        if (path is not null && generation.Version == store.Version)
        {
            return generation.Pages.TryGetValue(path, out page);
        }

        page = null;
        return false;
    }

    /// <param name="version">The store's version read before rendering began: the page is no older than that.</param>
    public void Keep(string path, int version, RenderedPage page)
    {
        if (version != store.Version)
        {
            return; // the content changed while this page was rendered
        }

        var generation = Volatile.Read(ref _current);
        if (generation.Version != version)
        {
            var fresh = new Generation(version);
            Interlocked.CompareExchange(ref _current, fresh, generation);
            generation = Volatile.Read(ref _current);
        }

        if (generation.Version == version)
        {
            generation.Pages[path] = page;
        }
    }

    private sealed class Generation(int version)
    {
        public int Version { get; } = version;

        public ConcurrentDictionary<string, RenderedPage> Pages { get; } = new(StringComparer.Ordinal);
    }
}
