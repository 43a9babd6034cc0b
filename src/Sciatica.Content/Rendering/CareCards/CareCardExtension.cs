using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Sciatica.Content.Rendering.CareCards;

/// <summary>Care cards on top of Markdig's custom containers; must be added after <c>UseCustomContainers()</c>.</summary>
public sealed class CareCardExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Find<HtmlCustomContainerRenderer>() is { } containers)
        {
            html.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new HtmlCareCardRenderer(containers));
        }
    }
}

public static class CareCardPipelineExtensions
{
    public static MarkdownPipelineBuilder UseCareCards(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CareCardExtension>();
        return pipeline;
    }
}
