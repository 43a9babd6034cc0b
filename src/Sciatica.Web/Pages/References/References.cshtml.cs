using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content;
using Sciatica.Content.Articles;
using Sciatica.Content.References;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Pages;

[KeepInPageCache]
public sealed class ReferencesModel(RequestContent content) : PageModel
{
    public ContentSnapshot Snapshot => content.Snapshot;

    /// <summary>Drafts are listed only where they are served (Development).</summary>
    public bool IsShown(Article article) => content.IncludeDrafts || !article.FrontMatter.Draft;

    /// <summary>Readers see only the references a page they can read cites; editors see the rest in <c>check</c> (SCI024).</summary>
    public IEnumerable<Reference> Cited => Snapshot.Registry.All.Where(r => Snapshot.CitingArticles(r.Id).Any(IsShown));
}
