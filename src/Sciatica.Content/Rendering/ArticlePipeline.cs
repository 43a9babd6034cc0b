using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Sciatica.Content.Citations;

namespace Sciatica.Content.Rendering;

/// <summary>The one Markdown pipeline, built once: CommonMark plus what articles use, no raw HTML, and only safe link targets.</summary>
public static class ArticlePipeline
{
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseCustomContainers()
        .UseReferenceCitations()
        .UseSafeLinks()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();
}
