using System.Globalization;
using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Sciatica.Content.Rendering.DecisionAids;

/// <summary>
/// Draws <c>::: icon-array</c> as a figure: 100 figures of people in rows of ten, the first N filled, in the text colour
/// (so it prints in black and white). The picture is hidden from screen readers; the caption says the same numbers.
/// A block that cannot be read (its check reports why) shows its sentence without a picture.
/// </summary>
public sealed class HtmlIconArrayRenderer(HtmlObjectRenderer<CustomContainer> fallback) : ChainedContainerRenderer(fallback)
{
    private const int Columns = 10;
    private const int Cell = 20;

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (container.Info != DecisionAidBlocks.IconArray)
        {
            Fallback.Write(renderer, container);
            return;
        }

        var (array, _, _, _) = IconArray.Read(container);
        renderer.EnsureLine();
        renderer.Write("<figure class=\"icon-array\">");
        if (array is not null)
        {
            renderer.Write(Picture(array, DecisionAidBlocks.IdOf(container)));
        }

        renderer.Write("<figcaption><p class=\"icon-array-group\">").WriteEscape(container.Arguments?.Trim() ?? "").Write("</p>");
        if (array is not null)
        {
            renderer.Write(string.Create(CultureInfo.InvariantCulture,
                $"<p class=\"icon-array-key\">Each figure is one person: <span class=\"key-filled\">{array.Count} filled</span>, <span class=\"key-empty\">{array.Total - array.Count} outlined</span>.</p>"));
        }

        renderer.WriteChildren(container);
        renderer.WriteLine("</figcaption></figure>");
    }

    private static string Picture(IconArray array, string id)
    {
        var rows = (array.Total + Columns - 1) / Columns;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"icon-array-picture\" viewBox=\"0 0 {Columns * Cell} {rows * Cell}\" aria-hidden=\"true\" focusable=\"false\">");
        // One person drawn once; each place uses it, filled or outlined.
        svg.Append(CultureInfo.InvariantCulture, $"<defs><g id=\"{id}-person\"><circle cx=\"10\" cy=\"5.5\" r=\"3.5\"/><path d=\"M4 18.5v-5a6 6 0 0 1 12 0v5z\"/></g></defs>");
        for (var i = 0; i < array.Total; i++)
        {
            var kind = i < array.Count ? "filled" : "empty";
            svg.Append(CultureInfo.InvariantCulture, $"<use href=\"#{id}-person\" class=\"{kind}\" x=\"{i % Columns * Cell}\" y=\"{i / Columns * Cell}\"/>");
        }

        return svg.Append("</svg>").ToString();
    }
}
