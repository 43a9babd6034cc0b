using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Sciatica.Content.Blocks;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rendering.CareCards;

namespace Sciatica.Content.Rules.Page;

/// <summary>Where a page's care cards come from, and how an editor places the shared block that holds one.</summary>
internal static class CareCardPlacement
{
    /// <summary>The page's emergency, urgent and routine boxes, in reading order.</summary>
    public static List<CustomContainer> Cards(PageUnderCheck page) =>
        [.. page.Document.Descendants<CustomContainer>().Where(c => CareLevel.Find(c.Info) is not null)];

    /// <summary>A box whose first line lies in another file came from a shared block.</summary>
    public static bool FromBlock(CustomContainer card, DiagnosticBag diagnostics) => SharedText.Finder(diagnostics)(card);

    /// <summary>How to place the shared block that holds the site's box of <paramref name="level"/>, by its name when there is one.</summary>
    public static string Placing(PageUnderCheck page, string level) =>
        page.Library.All.FirstOrDefault(b => b.Text is { } text && Fence(level).IsMatch(text)) is { } block
            ? $"place the shared block with the line {BlockExpander.Marker} \"{block.Name}\""
            : $"write the {level} box once in content/{BlockLibrary.Folder}/NAME.md and place it with the line {BlockExpander.Marker} \"NAME.md\"";

    private static Regex Fence(string level) => new($@"^:{{3,}}\s*{Regex.Escape(level)}\b", RegexOptions.Multiline);
}
