using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Syntax;
using Sciatica.Content.Citations;

namespace Sciatica.Content.Rendering.CareCards;

/// <summary>Renders an article's care cards on their own, for pages other than the article (the home page).</summary>
public static class CareCardReader
{
    public static IReadOnlyList<CareCard> Read(MarkdownDocument document, string slug)
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
            renderer.ObjectRenderers.Find<HtmlCitationRenderer>()!.ListPage = $"/{slug}";
            renderer.ObjectRenderers.Find<HtmlCareCardRenderer>()!.HeadingLevel = 2;
            renderer.Render(container);
            cards.Add(new CareCard(level, writer.ToString()));
        }

        return cards;
    }
}
