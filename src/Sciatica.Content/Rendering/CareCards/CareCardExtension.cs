using Markdig;
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
        ContainerRenderers.Wrap(renderer, fallback => new HtmlCareCardRenderer(fallback));
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
