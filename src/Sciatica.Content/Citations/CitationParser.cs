using Markdig.Helpers;
using Markdig.Parsers;

using Sciatica.Content.References;

namespace Sciatica.Content.Citations;

/// <summary>
/// Parses <c>[@id]</c>, <c>[@a; @b]</c> and <c>[@id, locator]</c>. Runs before the link parser, so a citation
/// never becomes link text, while escapes (<c>\[@x]</c>) and code spans are handled by Markdig first.
/// </summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf(']', start, slice.End - start + 1);
        // A "[@x](url)" or "[@x][ref]" is a link whose text starts with @, not a citation.
        if (close < 0 || (close + 1 <= slice.End && text[close + 1] is '(' or '['))
        {
            return false;
        }

        var items = ParseItems(text.AsSpan(start + 1, close - start - 1));
        if (items is null)
        {
            return false;
        }

        foreach (var (item, offset) in items)
        {
            processor.GetSourcePosition(start + 1 + offset, out var itemLine, out var itemColumn);
            (item.Line, item.Column) = (itemLine + 1, itemColumn + 1);
        }

        processor.Inline = new CitationInline([.. items.Select(i => i.Item)])
        {
            Span = new(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    /// <summary>The items, each with the offset of its '@' in <paramref name="inner"/>; null when this is not a citation.</summary>
    private static List<(CitationItem Item, int Offset)>? ParseItems(ReadOnlySpan<char> inner)
    {
        var items = new List<(CitationItem, int)>();
        foreach (var range in inner.Split(';'))
        {
            var untrimmed = inner[range];
            var part = untrimmed.TrimStart();
            var offset = range.Start.Value + (untrimmed.Length - part.Length);
            part = part.TrimEnd();
            if (part.Length < 2 || part[0] != '@')
            {
                return null;
            }

            var comma = part.IndexOf(',');
            var id = (comma < 0 ? part[1..] : part[1..comma]).Trim();
            if (!ReferenceId.IsValid(id))
            {
                return null;
            }

            var locator = comma < 0 ? null : part[(comma + 1)..].Trim().ToString();
            items.Add((new CitationItem(id.ToString(), string.IsNullOrEmpty(locator) ? null : locator), offset));
        }

        return items;
    }
}
