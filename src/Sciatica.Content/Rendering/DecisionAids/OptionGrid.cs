using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Sciatica.Content.Rendering.DecisionAids;

/// <summary>The table inside <c>::: option-grid</c>: the header row names the options (after an empty corner), each other row is a question.</summary>
public sealed record OptionGrid(Table Table, IReadOnlyList<string> Options, IReadOnlyList<TableRow> Rows)
{
    /// <summary>The grid, or null when the container does not hold exactly one table with a header row.</summary>
    public static OptionGrid? Read(CustomContainer container)
    {
        if (container.Count != 1 || container[0] is not Table table || table.Count == 0 || table[0] is not TableRow { IsHeader: true } header)
        {
            return null;
        }

        var options = header.Skip(1).Select(c => InlineText.Of(((TableCell)c).OfType<ParagraphBlock>().FirstOrDefault()?.Inline).Trim()).ToList();
        return new OptionGrid(table, options, [.. table.Skip(1).Cast<TableRow>()]);
    }

    /// <summary>The answer for one option (0 is the first option), or null when the row has no such cell.</summary>
    public static TableCell? Cell(TableRow row, int option) =>
        option + 1 < row.Count ? (TableCell)row[option + 1] : null;
}
