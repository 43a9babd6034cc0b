using Markdig.Renderers.Html;
using Markdig.Syntax;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Blocks;

/// <summary>
/// The parts of a page placed from shared blocks (the emergency box, the education note): the same words on many
/// pages, so search counts them less there than the page's own words, live and in the static copy's Pagefind index.
/// Otherwise every page placing the emergency box would outrank the page about "pins and needles".
/// </summary>
public static class SharedText
{
    /// <summary>What a word placed from a shared block counts, against 1 for the page's own words.</summary>
    public const double SearchWeight = 0.25;

    /// <summary>Whether a parsed block came from a shared block's file (its first line lies in another file, by the page's source map; none: nothing is shared).</summary>
    public static Func<Block, bool> Finder(DiagnosticBag diagnostics) =>
        diagnostics.Map is { } map
            ? block => map.Locate(block.Line + 1, 1).File != diagnostics.File
            : _ => false;

    /// <summary>Gives each outermost shared part Pagefind's weight, so the static copy ranks as the live search does.</summary>
    public static void MarkForPagefind(MarkdownDocument document, Func<Block, bool> isShared)
    {
        foreach (var block in document.Descendants<Block>().Where(b => isShared(b) && (b.Parent is null or MarkdownDocument || !isShared(b.Parent))))
        {
            block.GetAttributes().AddPropertyIfNotExist("data-pagefind-weight", SearchWeight.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
