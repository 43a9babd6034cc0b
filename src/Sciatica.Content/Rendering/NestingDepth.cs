namespace Sciatica.Content.Rendering;

/// <summary>
/// How deeply a Markdown file nests quotes and lists, estimated per line before parsing. Markdig
/// recurses once per level, so a hostile file (10,000 nested quotes) must be refused before it is
/// parsed; the estimate counts each '>' or list marker and every two columns of indentation.
/// Open '[' brackets count too (within a paragraph): nested link text costs Markdig quadratic time.
/// </summary>
public static class NestingDepth
{
    /// <summary>Real articles nest two or three levels; anything past this is refused with a diagnostic.</summary>
    public const int Max = 32;

    /// <summary>The deepest line (1-based) and its estimated depth.</summary>
    public static (int Line, int Depth) Deepest(string text)
    {
        var (deepestLine, deepest, line, openBrackets) = (1, 0, 0, 0);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            line++;
            var content = text.AsSpan(range);
            var mostBrackets = 0;
            openBrackets = content.IsWhiteSpace() ? 0 : CountBrackets(content, openBrackets, out mostBrackets);
            var depth = Math.Max(Of(content), mostBrackets);
            if (depth > deepest)
            {
                (deepestLine, deepest) = (line, depth);
            }
        }

        return (deepestLine, deepest);
    }

    /// <summary>Brackets still open after this line (starting from <paramref name="open"/>), and the most open at once.</summary>
    private static int CountBrackets(ReadOnlySpan<char> line, int open, out int most)
    {
        most = open;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '[')
            {
                most = Math.Max(most, ++open);
            }
            else if (line[i] == ']' && open > 0)
            {
                open--;
            }
        }

        return open;
    }

    private static int Of(ReadOnlySpan<char> line)
    {
        var (markers, columns, i) = (0, 0, 0);
        while (i < line.Length)
        {
            if (line[i] is ' ' or '\t')
            {
                columns += line[i] == '\t' ? 4 : 1;
                i++;
            }
            else if (line[i] == '>')
            {
                markers++;
                i++;
            }
            else if (ListMarkerLength(line[i..]) is > 0 and var length)
            {
                markers++;
                i += length;
            }
            else
            {
                break;
            }
        }

        return markers + (columns / 2);
    }

    /// <summary>"- ", "* ", "+ ", "1. " or "1) " (or the marker at the end of the line), else 0.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> rest)
    {
        var digits = 0;
        while (digits < rest.Length && digits < 9 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        var length = digits == 0
            ? (rest[0] is '-' or '*' or '+' ? 1 : 0)
            : (digits < rest.Length && rest[digits] is '.' or ')' ? digits + 1 : 0);
        return length > 0 && (length == rest.Length || rest[length] is ' ' or '\t') ? length : 0;
    }
}
