using Markdig;
using Markdig.Syntax;
using Sciatica.Content.Citations;
using Sciatica.Content.Claims;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;
using Sciatica.Content.Rendering;
using Sciatica.Content.Rendering.CareCards;

namespace Sciatica.Content.Blocks;

/// <summary>
/// A shared block's care card shown on a page that is not an article (the home page's emergency signs): the very
/// block the articles place, so its words cannot drift from theirs. Its citations are numbered within the card and
/// link to the references page, as there is no reference list beside it.
/// </summary>
public static class StandaloneBlock
{
    public const string EmergencySigns = "emergency-signs.md";

    /// <summary>The block's first care card, or null when it has none or breaks a rule (articles placing it report why).</summary>
    public static CareCard? Card(string name, BlockLibrary blocks, ReferenceRegistry registry)
    {
        if (blocks.Find(name) is not { Text: { } text } block)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag(block.DisplayPath);
        var document = Markdown.Parse(BlockExpander.Expand(text, blocks, diagnostics).Text, ArticlePipeline.Instance);
        var references = CitationNumbering.Assign(document, registry);
        ClaimRule.Check(document, registry, diagnostics, new ClaimCounts());
        var unknown = document.Descendants<CitationInline>().SelectMany(c => c.Items).Any(i => i.Reference is null);
        return diagnostics.HasErrors || unknown ? null : CareCardReader.Read(document) is [var first, ..] ? first : null;
    }
}
