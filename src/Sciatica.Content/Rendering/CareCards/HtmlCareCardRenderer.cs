using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Sciatica.Content.Rendering.CareCards;

/// <summary>
/// Renders <c>::: emergency|urgent|routine</c> containers as care cards: a visible heading with a
/// screen-reader prefix, then the editor's content. Other containers go to Markdig's own renderer
/// (renderers are chosen by type, so this one stands in for all custom containers).
/// </summary>
public sealed class HtmlCareCardRenderer(HtmlObjectRenderer<CustomContainer> fallback) : ChainedContainerRenderer(fallback)
{
    /// <summary>Set when a card is shown outside its article (under a page's h1); otherwise it follows its section.</summary>
    public int? HeadingLevel { get; set; }

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (CareLevel.Find(container.Info) is not { } level)
        {
            Fallback.Write(renderer, container);
            return;
        }

        var headingLevel = HeadingLevel ?? HeadingLevelFor(container);
        renderer.EnsureLine();
        renderer.Write($"<div class=\"care-card care-card-{level.Name}\"");
        // Properties set on the container (a shared block's search weight) are kept; its class is the card's own.
        foreach (var property in container.TryGetAttributes()?.Properties ?? [])
        {
            renderer.Write($" {property.Key}=\"").WriteEscape(property.Value).Write("\"");
        }

        renderer.Write(">");
        renderer.Write($"<h{headingLevel} class=\"care-card-heading\"><span class=\"visually-hidden\">")
            .WriteEscape(level.ScreenReaderPrefix).Write(" </span>").WriteEscape(level.Heading)
            .Write($"</h{headingLevel}>");
        renderer.WriteLine("<div class=\"care-card-content\">");
        renderer.WriteChildren(container);
        renderer.WriteLine("</div></div>");
    }

    /// <summary>One level below the section the card sits in, so headings stay in order.</summary>
    private static int HeadingLevelFor(Block container)
    {
        var document = container;
        while (document.Parent is not null)
        {
            document = document.Parent;
        }

        var section = document is MarkdownDocument root
            ? root.Descendants<HeadingBlock>().LastOrDefault(h => h.Line < container.Line)?.Level ?? 1
            : 1;
        return Math.Min(section + 1, 6);
    }
}
