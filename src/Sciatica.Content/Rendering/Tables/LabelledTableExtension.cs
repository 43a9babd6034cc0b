using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Sciatica.Content.Rendering.Tables;

/// <summary>Renders every Markdown table with each cell labelled by its column heading, so a narrow screen can show it as cards.</summary>
public sealed class LabelledTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new HtmlLabelledTableRenderer());
        }
    }
}

public static class LabelledTablePipelineExtensions
{
    /// <summary>Call after <c>UsePipeTables()</c>, whose renderer this replaces.</summary>
    public static MarkdownPipelineBuilder UseLabelledTables(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<LabelledTableExtension>();
        return pipeline;
    }
}
