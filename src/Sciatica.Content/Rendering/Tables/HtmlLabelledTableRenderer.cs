using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Sciatica.Content.Rendering.Tables;

/// <summary>
/// A Markdown table as <c>&lt;table class="labelled"&gt;</c>: each body cell carries its column's heading in
/// <c>data-label</c>, which the stylesheet shows above the cell when a narrow screen lays each row out as a card (no
/// JavaScript). When the top-left heading is empty, the first column names its row (<c>th scope="row"</c>), as in a
/// side-by-side comparison, and heads the card. Alignment becomes a class, not an inline style, which the site's
/// Content-Security-Policy would block.
/// </summary>
public sealed class HtmlLabelledTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var headings = rows.FirstOrDefault(r => r.IsHeader) is { } header
            ? header.OfType<TableCell>().Select(CellText).ToList()
            : [];
        var rowHeadings = headings.Count > 0 && headings[0].Length == 0;

        renderer.EnsureLine();
        renderer.Write("<table class=\"labelled\"").WriteAttributes(table).WriteLine('>');
        WriteSection(renderer, table, "thead", rows.Where(r => r.IsHeader), headings, rowHeadings);
        WriteSection(renderer, table, "tbody", rows.Where(r => !r.IsHeader), headings, rowHeadings);
        renderer.WriteLine("</table>");
    }

    private static void WriteSection(HtmlRenderer renderer, Table table, string tag, IEnumerable<TableRow> rows, List<string> headings, bool rowHeadings)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        renderer.Write('<').Write(tag).WriteLine('>');
        foreach (var row in list)
        {
            renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
            // Pipe tables leave TableCell.ColumnIndex unset: a cell's column is its place in the row.
            var column = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                WriteCell(renderer, table, row, cell, column, headings, rowHeadings);
                column += cell.ColumnSpan;
            }

            renderer.WriteLine("</tr>");
        }

        renderer.Write("</").Write(tag).WriteLine('>');
    }

    private static void WriteCell(HtmlRenderer renderer, Table table, TableRow row, TableCell cell, int column, List<string> headings, bool rowHeadings)
    {
        var (tag, attributes) = row.IsHeader ? ("th", " scope=\"col\"")
            : rowHeadings && column == 0 ? ("th", " scope=\"row\"")
            : ("td", "");
        renderer.Write('<').Write(tag).Write(attributes);
        if (!row.IsHeader && tag == "td" && column < headings.Count && headings[column].Length > 0)
        {
            renderer.Write(" data-label=\"").WriteEscape(headings[column]).Write('"');
        }

        if (cell.ColumnSpan != 1)
        {
            renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
        }

        // Left is the stylesheet's default for every cell.
        var alignment = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
        if (alignment is TableColumnAlign.Center or TableColumnAlign.Right)
        {
            renderer.Write(alignment == TableColumnAlign.Center ? " class=\"align-center\"" : " class=\"align-right\"");
        }

        renderer.WriteAttributes(cell).Write('>');
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = cell.Count == 1;
        renderer.Write(cell);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.Write("</").Write(tag).WriteLine('>');
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.Descendants<LeafBlock>().Select(leaf => InlineText.Of(leaf.Inline))).Trim();
}
