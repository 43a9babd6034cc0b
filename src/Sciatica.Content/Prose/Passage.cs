using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sciatica.Content.Prose;

/// <summary>
/// The words a reader sees in one paragraph or heading (citations left out), each character with the line and
/// column (1-based, in the assembled page) it was written at, so a rule can report the exact place of a phrase.
/// </summary>
public sealed class Passage
{
    private readonly List<(int Line, int Column)> _positions;

    private Passage(LeafBlock block, string text, List<(int Line, int Column)> positions)
    {
        Block = block;
        Text = text;
        _positions = positions;
    }

    public LeafBlock Block { get; }

    public string Text { get; }

    /// <summary>Every paragraph and heading of the page, in reading order.</summary>
    public static IEnumerable<Passage> In(MarkdownDocument document) =>
        document.Descendants<LeafBlock>().Where(b => b is ParagraphBlock or HeadingBlock).Select(Of);

    public static Passage Of(LeafBlock block)
    {
        var text = new StringBuilder();
        var positions = new List<(int, int)>();
        foreach (var node in block.Inline?.Descendants<Inline>() ?? [])
        {
            switch (node)
            {
                case LiteralInline literal:
                    Append(literal.Content.ToString(), literal.Line, literal.Column);
                    break;
                case CodeInline code:
                    Append(code.Content, code.Line, code.Column + code.DelimiterCount);
                    break;
                case LineBreakInline lineBreak:
                    Append(" ", lineBreak.Line, lineBreak.Column);
                    break;
            }
        }

        return new Passage(block, text.ToString(), positions);

        void Append(string content, int line, int column)
        {
            text.Append(content);
            positions.AddRange(content.Select((_, i) => (line + 1, column + 1 + i)));
        }
    }

    /// <summary>The line and column of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public (int Line, int Column) At(int index) =>
        _positions.Count == 0 ? (Block.Line + 1, Block.Column + 1) : _positions[Math.Clamp(index, 0, _positions.Count - 1)];

    public IEnumerable<Sentence> Sentences
    {
        get
        {
            var start = 0;
            foreach (var end in Sentence.Ends(Text).Append(Text.Length))
            {
                var raw = Text[start..end];
                var skipped = raw.Length - raw.TrimStart().Length;
                if (raw.Trim().Length > 0)
                {
                    yield return new Sentence(this, start + skipped, raw.Trim().Length);
                }

                start = end;
            }
        }
    }
}
