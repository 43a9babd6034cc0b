using Sciatica.Content.Blocks;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Links;
using Sciatica.Content.Readability;

namespace Sciatica.Content.Articles;

/// <summary>
/// One article file as it is on disk now, with everything reported about it: what editors and checks across
/// files see. Pages never see a file, only the <see cref="Content.Articles.Article"/> it holds when it has no errors.
/// </summary>
public sealed record ArticleFile
{
    public required string Slug { get; init; }

    /// <summary>The path diagnostics name, relative to where the content was loaded from.</summary>
    public required string SourcePath { get; init; }

    /// <summary>An article, or the About page (<c>content/about.md</c>), known even when the file could not be read.</summary>
    public PageKind Kind { get; init; }

    /// <summary>Null when the file could not be read or parsed, or its front matter is unusable.</summary>
    public Article? Article { get; init; }

    /// <summary>Everything reported about the page as placed, including problems inside its shared blocks (which name the block file).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The shared blocks placed in the page, each once, in order of first use.</summary>
    public IReadOnlyList<BlockFile> Blocks { get; init; } = [];

    /// <summary>Links to other pages of the site, checked across files by <see cref="LinkRule"/>.</summary>
    public IReadOnlyList<InternalLink> Links { get; init; } = [];

    /// <summary>The ids other pages may link to with <c>#anchor</c>.</summary>
    public IReadOnlySet<string> Anchors { get; init; } = new HashSet<string>();

    public int ClaimCount { get; init; }

    public int NoteCount { get; init; }

    public int CitationCount { get; init; }

    public ReadabilityScore Readability { get; init; } = new(0, 0, 0, 0);

    public bool HasErrors => Article is null || Diagnostics.Any(d => d.IsError);
}
