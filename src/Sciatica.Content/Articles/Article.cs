using Sciatica.Content.Citations;
using Sciatica.Content.Governance;
using Sciatica.Content.Search;

namespace Sciatica.Content.Articles;

/// <summary>
/// An article a page can show: its front matter was read, its body parsed and rendered once; immutable afterwards.
/// Only a file with no errors (or the last good version of one) is served; see <see cref="ArticleFile"/> for the file itself.
/// </summary>
public sealed record Article
{
    public required string Slug { get; init; }

    /// <summary>The path diagnostics name, relative to where the content was loaded from.</summary>
    public required string SourcePath { get; init; }

    public required FrontMatter FrontMatter { get; init; }

    /// <summary>An article, or the About page (which is loaded and rendered the same way, but is not in the menu).</summary>
    public PageKind Kind { get; init; } = PageKind.Article;

    public string Html { get; init; } = "";

    public IReadOnlyList<Heading> Headings { get; init; } = [];

    public IReadOnlyList<CitedReference> References { get; init; } = [];

    /// <summary>Every citation item on the page, in reading order, with the finding it names and its anchor.</summary>
    public IReadOnlyList<CitationMark> Citations { get; init; } = [];

    /// <summary>The article's text split at its headings, for search.</summary>
    public IReadOnlyList<ArticleSection> Sections { get; init; } = [];

    public DateTimeOffset LastModified { get; init; }

    /// <summary>When the page's evidence was last checked: the oldest <c>accessed</c> among the references it cites (none if one lacks it).</summary>
    public DateOnly? EvidenceChecked =>
        References.Count == 0 || References.Any(r => r.Reference.Accessed is null) ? null : References.Min(r => r.Reference.Accessed!.Value);

    /// <summary>The page's review against what it shows now: not reviewed, reviewed, or changed since (and what changed).</summary>
    public ReviewState Review { get; init; } = new(null, [], new ReviewFingerprint(new Dictionary<string, string>()));

    /// <summary>The page has an option grid: it helps a reader choose between treatments, and the home page points to it.</summary>
    public bool IsDecisionAid { get; init; }

    /// <summary>The page places the emergency care card in its text; a page without it gets the card on its handout.</summary>
    public bool HasEmergencyCard { get; init; }

    public string Title => FrontMatter.Title;
}
