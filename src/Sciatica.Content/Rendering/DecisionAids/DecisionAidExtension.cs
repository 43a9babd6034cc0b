using Markdig;
using Markdig.Renderers;

namespace Sciatica.Content.Rendering.DecisionAids;

/// <summary>Icon arrays, option grids and form blocks on top of Markdig's custom containers (<c>UseCustomContainers()</c> parses them).</summary>
public sealed class DecisionAidExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        ContainerRenderers.Wrap(renderer, fallback => new HtmlIconArrayRenderer(fallback));
        ContainerRenderers.Wrap(renderer, fallback => new HtmlOptionGridRenderer(fallback));
        ContainerRenderers.Wrap(renderer, fallback => new HtmlFormBlockRenderer(fallback));
        ContainerRenderers.Wrap(renderer, fallback => new HtmlAnswerRenderer(fallback));
    }
}

public static class DecisionAidPipelineExtensions
{
    public static MarkdownPipelineBuilder UseDecisionAids(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<DecisionAidExtension>();
        return pipeline;
    }
}
