using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Syntax;
using Sciatica.Content.Citations;

namespace Sciatica.Content.Rendering.CareCards;

/// <summary>Renders a shared block's care cards on their own, for pages that are not articles (the home page).</summary>
public static class CareCardReader
{
    /// <summary>Each card under a page's h1, its citations linking to their source on /references (no reference list is beside it).</summary>
    public static IReadOnlyList<CareCard> Read(MarkdownDocument document)
    {
        var cards = new List<CareCard>();
        foreach (var container in document.Descendants<CustomContainer>())
        {
            if (CareLevel.Find(container.Info) is not { } level)
            {
                continue;
            }

            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            ArticlePipeline.Instance.Setup(renderer);
            renderer.ObjectRenderers.Find<HtmlCitationRenderer>()!.LinksToReferencesPage = true;
            ContainerRenderers.Find<HtmlCareCardRenderer>(renderer)!.HeadingLevel = 2;
            renderer.Render(container);
            cards.Add(new CareCard(level, writer.ToString()));
        }

        return cards;
    }
}
