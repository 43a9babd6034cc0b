using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Sciatica.Content.Rendering.DecisionAids;

/// <summary>Draws <c>::: answer QUESTION</c> as a question the reader opens to see the answer, with no JavaScript.</summary>
public sealed class HtmlAnswerRenderer(HtmlObjectRenderer<CustomContainer> fallback) : ChainedContainerRenderer(fallback)
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (container.Info != DecisionAidBlocks.Answer)
        {
            Fallback.Write(renderer, container);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<details class=\"answer\"><summary>").WriteEscape(container.Arguments?.Trim() ?? "").WriteLine("</summary>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</details>");
    }
}
