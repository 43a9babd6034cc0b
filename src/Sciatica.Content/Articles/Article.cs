using Sciatica.Content.Blocks;
using Sciatica.Content.Citations;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Links;
using Sciatica.Content.Readability;
using Sciatica.Content.Rendering.CareCards;
using Sciatica.Content.Search;

namespace Sciatica.Content.Articles;

/// <summary>One article, parsed, checked and rendered once; immutable afterwards.</summary>
public sealed record Article
{
    public required string Slug { get; init; }

    /// <summary>The path diagnostics name, relative to where the content was loaded from.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Null when the front matter is unusable; such an article is never published.</summary>
    public FrontMatter? FrontMatter { get; init; }

    public string Html { get; init; } = "";

    public IReadOnlyList<Heading> Headings { get; init; } = [];

    public IReadOnlyList<CitedReference> References { get; init; } = [];

    /// <summary>The article's text split at its headings, for search.</summary>
    public IReadOnlyList<ArticleSection> Sections { get; init; } = [];

    /// <summary>Its care cards rendered on their own, so other pages can show them (the home page's emergency card).</summary>
    public IReadOnlyList<CareCard> CareCards { get; init; } = [];

    /// <summary>Every diagnostic of the page as placed, including those inside its shared blocks (which name the block file).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The shared blocks placed in the page, each once, in order of first use.</summary>
    public IReadOnlyList<BlockFile> Blocks { get; init; } = [];

    /// <summary>Links to other pages of the site, checked across articles by <see cref="LinkRule"/>.</summary>
    public IReadOnlyList<InternalLink> Links { get; init; } = [];

    /// <summary>The ids other pages may link to with <c>#anchor</c>.</summary>
    public IReadOnlySet<string> Anchors { get; init; } = new HashSet<string>();

    public int ClaimCount { get; init; }

    public int NoteCount { get; init; }

    public int CitationCount { get; init; }

    public ReadabilityScore Readability { get; init; } = new(0, 0, 0, 0);

    public DateTimeOffset LastModified { get; init; }

    public bool HasErrors => FrontMatter is null || Diagnostics.Any(d => d.IsError);

    public string Title => FrontMatter?.Title ?? Slug;
}
