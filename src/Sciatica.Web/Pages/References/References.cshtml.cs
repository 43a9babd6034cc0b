using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content;
using Sciatica.Content.Articles;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Pages;

[RenderOncePerContentVersion]
public sealed class ReferencesModel(ContentStore store) : PageModel
{
    public ContentSnapshot Snapshot { get; private set; } = null!;

    /// <summary>Drafts are listed only where they are served (Development).</summary>
    public bool IsShown(Article article) => store.IncludeDrafts || article.FrontMatter is { Draft: false };

    public void OnGet() => Snapshot = store.Current;
}
