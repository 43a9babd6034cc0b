using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Sciatica.Content.Rendering.SectionLinks;

/// <summary>
/// Renders each <c>h2</c>/<c>h3</c> with a visible, keyboard-reachable "link to this section" anchor, so a
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
        renderer.Write($"<div class=\"section-heading section-heading-{tag}\">");
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).Write('>');
        renderer.Write("<a class=\"section-link\" href=\"#").WriteEscapeUrl(id).Write("\">")
            .Write("<span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to this section: ")
            .WriteEscape(InlineText.Of(heading.Inline)).Write("</span></a>");
        renderer.WriteLine("</div>");
    }
}
