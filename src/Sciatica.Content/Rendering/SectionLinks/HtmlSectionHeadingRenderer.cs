using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Sciatica.Content.Rendering.SectionLinks;

/// <summary>
/// Renders each <c>h2</c>/<c>h3</c> with a visible "link to this section" anchor, so a
/// clinician can copy <c>/red-flags#cauda-equina-syndrome</c>. The anchor sits beside the heading, not in it,
/// so the heading's accessible name stays its own words. Other headings go to Markdig's renderer.
/// </summary>
public sealed class HtmlSectionHeadingRenderer(HtmlObjectRenderer<HeadingBlock> fallback) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var id = heading.GetAttributes().Id;
        if (heading.Level is not (2 or 3) || id is null || !renderer.EnableHtmlForBlock)
        {
            fallback.Write(renderer, heading);
            return;
        }

        var tag = $"h{heading.Level}";
        renderer.EnsureLine();
        renderer.Write("<div class=\"section-heading\">");
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).Write('>');
        // The sign is what sighted readers see; the name says what it is (one element, not a hidden sign and hidden words).
        // Not a tab stop: "On this page" offers the keyboard the same address, one Tab each fewer on a long page.
        renderer.Write("<a class=\"section-link\" tabindex=\"-1\" href=\"#").WriteEscapeUrl(id).Write("\" aria-label=\"Link to this section: ")
            .WriteEscape(InlineText.Of(heading.Inline)).Write("\">#</a>");
        renderer.WriteLine("</div>");
    }
}
