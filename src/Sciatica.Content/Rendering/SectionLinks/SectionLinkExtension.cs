using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Sciatica.Content.Rendering.SectionLinks;

/// <summary>Adds "link to this section" anchors to headings that have an id (from <c>UseAutoIdentifiers</c>).</summary>
public sealed class SectionLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Find<HeadingRenderer>() is { } headings)
        {
            html.ObjectRenderers.Replace<HeadingRenderer>(new HtmlSectionHeadingRenderer(headings));
        }
    }
}

public static class SectionLinkPipelineExtensions
{
    public static MarkdownPipelineBuilder UseSectionLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SectionLinkExtension>();
        return pipeline;
    }
}
