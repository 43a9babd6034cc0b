using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Sciatica.Content.Rendering.DecisionAids;

/// <summary>
/// Draws <c>::: option-grid</c>'s table with each question as a row header and each answer labelled with its option
/// (<c>data-label</c>), a labelled table like every Markdown table: on a narrow screen every row becomes a card that
/// still says which option is which.
/// </summary>
public sealed class HtmlOptionGridRenderer(HtmlObjectRenderer<CustomContainer> fallback) : ChainedContainerRenderer(fallback)
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (container.Info != DecisionAidBlocks.OptionGrid || OptionGrid.Read(container) is not { } grid)
        {
            Fallback.Write(renderer, container);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"option-grid\"><table class=\"labelled\">");
        if (container.Arguments?.Trim() is { Length: > 0 } caption)
        {
            renderer.Write("<caption>").WriteEscape(caption).Write("</caption>");
        }

        renderer.Write("<thead><tr><td></td>");
        foreach (var option in grid.Options)
        {
            renderer.Write("<th scope=\"col\">").WriteEscape(option).Write("</th>");
        }

        renderer.WriteLine("</tr></thead><tbody>");
        foreach (var row in grid.Rows)
        {
            renderer.Write("<tr><th scope=\"row\">");
            WriteCell(renderer, row.Count > 0 ? (TableCell)row[0] : null);
            renderer.Write("</th>");
            for (var column = 0; column < grid.Options.Count; column++)
            {
                renderer.Write("<td data-label=\"").WriteEscape(grid.Options[column]).Write("\">");
                WriteCell(renderer, OptionGrid.Cell(row, column));
                renderer.Write("</td>");
            }

            renderer.WriteLine("</tr>");
        }

        renderer.WriteLine("</tbody></table></div>");
    }

    private static void WriteCell(HtmlRenderer renderer, ContainerBlock? cell)
    {
        if (cell is null)
        {
            return;
        }

        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = true;
        renderer.WriteChildren(cell);
        renderer.ImplicitParagraph = implicitParagraph;
    }
}
