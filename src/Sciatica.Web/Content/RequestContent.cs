using Sciatica.Content;
using Sciatica.Content.Articles;

namespace Sciatica.Web.Content;

/// <summary>
/// The content one request renders from: the store's snapshot, read once when the request first asks for it, so
/// the layout, the page and the page cache all see the same version even when a reload lands mid-request.
/// </summary>
public sealed class RequestContent(ContentStore store)
{
    public ContentSnapshot Snapshot { get; } = store.Current;

    /// <summary>Drafts and editors' diagnostics are shown only in Development.</summary>
    public bool IncludeDrafts => store.IncludeDrafts;

    /// <summary>The articles readers see, in navigation order (drafts too in Development).</summary>
    public IEnumerable<Article> Published => Snapshot.Published(IncludeDrafts);
}
