using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Web.Infrastructure;

namespace Sciatica.Web.Pages;

public sealed class ArticleModel(ContentStore store) : PageModel
{
    public Article Article { get; private set; } = null!;

    public Article? Previous { get; private set; }

    public Article? Next { get; private set; }

    /// <summary>Set in Development when the current file has errors, so the editor sees them.</summary>
    public IReadOnlyList<Diagnostic> EditorDiagnostics { get; private set; } = [];

    public IActionResult OnGet(string slug)
    {
        var snapshot = store.Current;
        var failed = snapshot.Failed.FirstOrDefault(a => a.Slug == slug);
        if (store.IncludeDrafts && failed is not null)
        {
            EditorDiagnostics = failed.Diagnostics;
        }

        var published = snapshot.Published(store.IncludeDrafts).ToList();
        var index = published.FindIndex(a => a.Slug == slug);
        if (index < 0)
        {
            return EditorDiagnostics.Count > 0 ? Page() : NotFound();
        }

        Article = published[index];
        Previous = index > 0 ? published[index - 1] : null;
        Next = index < published.Count - 1 ? published[index + 1] : null;
        return Page();
    }
}
