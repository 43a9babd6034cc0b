using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content;
using Sciatica.Content.Articles;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Pages;

/// <summary>"About this information": <c>content/about.md</c>, then the status of every page written as content.</summary>
[KeepInPageCache]
public sealed class AboutModel(RequestContent content) : PageModel
{
    private static readonly string Slug = Path.GetFileNameWithoutExtension(ContentSnapshot.AboutFile);

    /// <summary>Null when only the editor panel is shown: the file has errors and no good version was ever loaded.</summary>
    public Article? About { get; private set; }

    /// <summary>The site's own list of pages, those written as content: each article in menu order, then this page.</summary>
    public IReadOnlyList<SitePage> Pages { get; private set; } = [];

    public EditorPanel? Editor { get; private set; }

    public IActionResult OnGet()
    {
        Editor = content.IncludeDrafts ? EditorPanel.For(content.Snapshot, Slug) : null;
        About = content.Snapshot.About;
        if (About is null)
        {
            return Editor is { HasErrors: true } ? Page() : NotFound();
        }

        Pages = [.. SitePages.ForReaders(content.Snapshot, content.IncludeDrafts).Where(p => p.Article is not null)];
        return Page();
    }
}
