using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Sciatica.Content.Rendering.DecisionAids;

/// <summary>
/// Draws the form blocks as labelled controls with no <c>&lt;form&gt;</c> around them: there is nothing to submit,
/// so nothing the reader ticks or writes can leave the device. Printing the page prints what they ticked.
/// </summary>
public sealed class HtmlFormBlockRenderer(HtmlObjectRenderer<CustomContainer> fallback) : ChainedContainerRenderer(fallback)
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (!DecisionAidBlocks.IsForm(container.Info))
        {
            Fallback.Write(renderer, container);
            return;
        }

        var id = DecisionAidBlocks.IdOf(container);
        var question = container.Arguments?.Trim() ?? "";
        var items = Items(container);
        renderer.EnsureLine();
        renderer.Write($"<div class=\"form-block form-{container.Info}\">");
        switch (container.Info)
        {
            case DecisionAidBlocks.Scale:
                // The question groups the statements; each statement is its own group of answers.
                renderer.Write("<fieldset class=\"form-scale-question\"><legend>").WriteEscape(question).Write("</legend>");
                for (var i = 0; i < items.Count; i++)
                {
                    renderer.Write("<fieldset><legend>");
                    renderer.WriteLeafInline(items[i]);
                    renderer.Write("</legend><div class=\"form-options\">");
                    for (var point = 0; point < DecisionAidBlocks.ScalePoints.Count; point++)
                    {
                        WriteChoice(renderer, "radio", $"{id}-{i + 1}", $"{id}-{i + 1}-{point + 1}", DecisionAidBlocks.ScalePoints[point]);
                    }

                    renderer.WriteLine("</div></fieldset>");
                }

                renderer.WriteLine("</fieldset>");
                break;
            case DecisionAidBlocks.ChooseOne or DecisionAidBlocks.ChooseAny:
                renderer.Write("<fieldset><legend>").WriteEscape(question).Write("</legend><div class=\"form-options\">");
                for (var i = 0; i < items.Count; i++)
                {
                    var type = container.Info == DecisionAidBlocks.ChooseOne ? "radio" : "checkbox";
                    renderer.Write($"<label for=\"{id}-{i + 1}\"><input type=\"{type}\" name=\"{id}\" id=\"{id}-{i + 1}\"> <span>");
                    renderer.WriteLeafInline(items[i]);
                    renderer.WriteLine("</span></label>");
                }

                renderer.WriteLine("</div></fieldset>");
                break;
            default:
                renderer.Write($"<label for=\"{id}\">").WriteEscape(question).Write("</label>");
                renderer.Write($"<textarea id=\"{id}\" rows=\"4\" autocomplete=\"off\"></textarea>");
                break;
        }

        renderer.WriteLine("</div>");
    }

    /// <summary>Each list item's text (the first paragraph of each item of the block's list).</summary>
    public static List<ParagraphBlock> Items(CustomContainer container) =>
        [.. container.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()).Select(i => i.OfType<ParagraphBlock>().FirstOrDefault()).OfType<ParagraphBlock>()];

    private static void WriteChoice(HtmlRenderer renderer, string type, string name, string id, string label) =>
        renderer.Write($"<label for=\"{id}\"><input type=\"{type}\" name=\"{name}\" id=\"{id}\"> <span>").WriteEscape(label).Write("</span></label>");
}
