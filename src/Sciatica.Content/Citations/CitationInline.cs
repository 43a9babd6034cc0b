using Markdig.Syntax.Inlines;

using Sciatica.Content.References;

namespace Sciatica.Content.Citations;

/// <summary>A Pandoc-style citation such as <c>[@nice-ng59, rec. 1.1.4; @ropper-2015]</c> in the Markdown AST.</summary>
public sealed class CitationInline : LeafInline
{
    public CitationInline(IReadOnlyList<CitationItem> items) => Items = items;

    public IReadOnlyList<CitationItem> Items { get; }
}

/// <summary>One source inside a citation; <see cref="CitationNumbering"/> fills in number, anchor, reference and finding.</summary>
public sealed class CitationItem(string id, string? locator)
{
    public string Id { get; } = id;

    public string? Locator { get; } = locator;

    /// <summary>The source's number in this article (order of first use), or 0 when the id is unknown.</summary>
    public int Number { get; internal set; }

    /// <summary>The id of this occurrence's anchor, which the reference list links back to.</summary>
    public string AnchorId { get; internal set; } = "";

    public Reference? Reference { get; internal set; }

    /// <summary>The finding the locator names, or null when there is no locator or it names none.</summary>
    public Finding? Finding { get; internal set; }

    /// <summary>
    /// The earlier item of the same group (one bracket, or brackets set side by side) citing the same source, or null.
    /// Such an item shows no number of its own: AMA style gives a source one number at one place, and that number's
    /// popover shows both findings. It shares that item's anchor.
    /// </summary>
    public CitationItem? SharesNumberOf { get; internal set; }

    /// <summary>The findings this item's number shows: its own, then those of the items that share its number.</summary>
    public IReadOnlyList<Finding> Shown => _shown;

    private readonly List<Finding> _shown = [];

    internal void Show(Finding? finding)
    {
        if (finding is not null && !_shown.Contains(finding))
        {
            _shown.Add(finding);
        }
    }

    /// <summary>Where the item's '@' is in the file, 1-based, so each item of a group is reported at its own place.</summary>
    public int Line { get; internal set; }

    public int Column { get; internal set; }
}
