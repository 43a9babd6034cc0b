using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content.Articles;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Pages;

[KeepInPageCache]
public sealed class ArticleModel(RequestContent content) : PageModel
{
    /// <summary>Null when only the editor panel is shown: the file has errors and no good version was ever loaded.</summary>
    public Article? Article { get; private set; }

    public Article? Previous { get; private set; }

    public Article? Next { get; private set; }

    /// <summary>The other pages the article links to, in order, each once: printed with their addresses under the article.</summary>
    public IReadOnlyList<Article> LinkedPages { get; private set; } = [];

    /// <summary>Set in Development: the file's diagnostics and reading level, so the editor sees them on the page.</summary>
    public EditorPanel? Editor { get; private set; }

    public IActionResult OnGet(string slug)
    {
        Editor = content.IncludeDrafts ? EditorPanel.For(content.Snapshot, slug) : null;

        var published = content.Published.ToList();
        var index = published.FindIndex(a => a.Slug == slug);
        if (index < 0)
        {
            return Editor is { HasErrors: true } ? Page() : NotFound();
        }

        Article = published[index];
        Previous = index > 0 ? published[index - 1] : null;
        Next = index < published.Count - 1 ? published[index + 1] : null;
        var links = content.Snapshot.Files.FirstOrDefault(f => f.Slug == slug)?.Links ?? [];
        LinkedPages = [.. links.Select(l => l.Path).Where(p => p != slug).Distinct().Select(p => published.Find(a => a.Slug == p)).OfType<Article>()];
        return Page();
    }
}
