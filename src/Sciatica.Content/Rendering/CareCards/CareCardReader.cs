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

            cards.Add(new CareCard(level, Render(container, withCitations: true), Render(container, withCitations: false)));
        }

        return cards;
    }

    private static string Render(CustomContainer container, bool withCitations)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ArticlePipeline.Instance.Setup(renderer);
        var citations = renderer.ObjectRenderers.Find<HtmlCitationRenderer>()!;
        citations.LinksToReferencesPage = true;
        citations.Omitted = !withCitations;
        ContainerRenderers.Find<HtmlCareCardRenderer>(renderer)!.HeadingLevel = 2;
        renderer.Render(container);
        return writer.ToString();
    }
}
