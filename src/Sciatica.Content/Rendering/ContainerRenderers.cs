using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Sciatica.Content.Rendering;

/// <summary>
/// Markdig picks one renderer per node type, so each extension that draws some <c>::: name</c> containers
/// wraps whichever container renderer is there and hands it the rest: the order extensions are added in does not matter.
/// </summary>
public static class ContainerRenderers
{
    public static void Wrap(IMarkdownRenderer renderer, Func<HtmlObjectRenderer<CustomContainer>, ChainedContainerRenderer> wrap)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FirstOrDefault(r => r is HtmlObjectRenderer<CustomContainer>) is HtmlObjectRenderer<CustomContainer> current)
        {
            html.ObjectRenderers[html.ObjectRenderers.IndexOf(current)] = wrap(current);
        }
    }

    /// <summary>One renderer of the chain, wherever it sits in it.</summary>
    public static T? Find<T>(HtmlRenderer renderer)
        where T : HtmlObjectRenderer<CustomContainer>
    {
        var current = renderer.ObjectRenderers.FirstOrDefault(r => r is HtmlObjectRenderer<CustomContainer>);
        while (current is not null and not T)
        {
            current = (current as ChainedContainerRenderer)?.Fallback;
        }

        return current as T;
    }
}

/// <summary>Draws the containers it knows and passes every other one to the renderer it wraps.</summary>
public abstract class ChainedContainerRenderer(HtmlObjectRenderer<CustomContainer> fallback) : HtmlObjectRenderer<CustomContainer>
{
    public HtmlObjectRenderer<CustomContainer> Fallback { get; } = fallback;
}
