using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Sciatica.Content.Citations;

/// <summary>Pandoc-style <c>[@id]</c> citations. (Markdig's own UseCitations() is a different thing: &lt;cite&gt;.)</summary>
public sealed class ReferenceCitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
            pipeline.DocumentProcessed += CitationPlacement.Apply;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlCitationRenderer());
        }
    }
}

public static class ReferenceCitationPipelineExtensions
{
    public static MarkdownPipelineBuilder UseReferenceCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ReferenceCitationExtension>();
        return pipeline;
    }
}
