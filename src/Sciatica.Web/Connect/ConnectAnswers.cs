using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Options;
using Sciatica.Content;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;
using Sciatica.Web.Site;

namespace Sciatica.Web.Connect;

/// <summary>
/// Answers rendered once per content snapshot, like pages. Only answers for a code <c>codes.yaml</c> lists are kept,
/// so what clients send cannot grow the cache; any other code (a more specific ICD code, a code nobody declared) is
/// rendered per request, which costs about as much as a 404: a few comparisons and a small document.
/// </summary>
public sealed class ConnectAnswers(ContentStore store, IOptions<SiteOptions> site)
{
    private Generation _current = new(null);

    public CachedPage Answer(ContentSnapshot snapshot, ConnectRequest request)
    {
        var listed = snapshot.Codes.Find(request.System, request.Code) is not null;
        if (!listed)
        {
            return Render(snapshot, request);
        }

        var generation = Volatile.Read(ref _current);
        if (generation.Snapshot != snapshot)
        {
            if (snapshot != store.Current)
            {
                return Render(snapshot, request); // an older snapshot, read before a reload: not worth keeping
            }

            Interlocked.CompareExchange(ref _current, new Generation(snapshot), generation);
            generation = Volatile.Read(ref _current);
        }

        var key = $"{request.System.Name}|{request.System.Key(request.Code)}|{request.Format.Extension}|{request.MarkLanguage}";
        return generation.Snapshot == snapshot ? generation.Answers.GetOrAdd(key, _ => Render(snapshot, request)) : Render(snapshot, request);
    }

    private CachedPage Render(ContentSnapshot snapshot, ConnectRequest request)
    {
        var feed = ConnectFeed.Build(snapshot, request, site.Value, store.IncludeDrafts);
        var text = request.Format == ConnectFormat.Json ? ConnectJson.Render(feed)
            : request.Format == ConnectFormat.Html ? ConnectHtml.Render(feed)
            : ConnectAtom.Render(feed);
        return new CachedPage(Encoding.UTF8.GetBytes(text), request.Format.ContentType, snapshot.LastModified);
    }

    private sealed class Generation(ContentSnapshot? snapshot)
    {
        public ContentSnapshot? Snapshot { get; } = snapshot;

        public ConcurrentDictionary<string, CachedPage> Answers { get; } = new(StringComparer.Ordinal);
    }
}
