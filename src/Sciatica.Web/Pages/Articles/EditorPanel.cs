using Sciatica.Content;
using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Web.Pages;

/// <summary>
/// What an editor needs on an article page in Development: every diagnostic for the file as it is on disk now
/// (warnings too, checks across articles such as links, and problems inside the shared blocks it places),
/// its reading-level figures, and whether it is a draft.
/// </summary>
public sealed record EditorPanel(ArticleFile Current, IReadOnlyList<Diagnostic> Diagnostics, bool IsDraft)
{
    /// <summary>The panel for an article file, or null when there is no such file.</summary>
    public static EditorPanel? For(ContentSnapshot snapshot, string slug)
    {
        var current = snapshot.Files.FirstOrDefault(f => f.Slug == slug);
        return current is null
            ? null
            : new EditorPanel(current, [.. snapshot.DiagnosticsFor(current.SourcePath).Concat(current.Diagnostics.Where(d => d.File != current.SourcePath))],
                (current.Article ?? snapshot.Find(slug))?.FrontMatter.Draft ?? false);
    }

    /// <summary>The file has errors: readers see its last good version, or nothing.</summary>
    public bool HasErrors => Current.HasErrors;
}
