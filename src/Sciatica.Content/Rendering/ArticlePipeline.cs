using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Sciatica.Content.Citations;
using Sciatica.Content.Rendering.CareCards;
using Sciatica.Content.Rendering.DecisionAids;
using Sciatica.Content.Rendering.SectionLinks;
using Sciatica.Content.Rendering.Tables;

namespace Sciatica.Content.Rendering;

/// <summary>The one Markdown pipeline, built once: CommonMark plus what articles use, no raw HTML, and only safe link targets.</summary>
public static class ArticlePipeline
{
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseLabelledTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseCustomContainers()
        .UseCareCards()
        .UseDecisionAids()
        .UseSectionLinks()
        .UseReferenceCitations()
        .UseSafeLinks()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();
}
