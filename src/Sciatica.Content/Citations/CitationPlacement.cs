using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sciatica.Content.Citations;

/// <summary>
/// Sets citation numbers the AMA way, whatever spacing the editor typed: tight against the word before them,
/// after a full stop or comma, before a colon or semicolon. "operation [@a]." is shown as "operation.¹".
/// </summary>
public static class CitationPlacement
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var citation in document.Descendants<CitationInline>().ToList())
        {
            CloseGapBefore(citation);
            PullPunctuationBefore(citation);
        }
    }

    /// <summary>Removes the space (or soft line break) the editor left between the word and the citation.</summary>
    private static void CloseGapBefore(CitationInline citation)
    {
        switch (citation.PreviousSibling)
        {
            case LineBreakInline { IsHard: false } softBreak:
                softBreak.Remove();
                CloseGapBefore(citation);
                break;
            case LiteralInline { PreviousSibling: CitationInline } literal when literal.Content.IsEmptyOrWhitespace():
                // "[@a] [@b]": the two groups join into one, which the renderer separates with a comma.
                literal.Remove();
                break;
            case LiteralInline literal:
                var content = literal.Content;
                while (!content.IsEmpty && content.Text[content.End].IsSpaceOrTab())
                {
                    content.End--;
                }

                literal.Content = content;
                break;
        }
    }

    /// <summary>A full stop or comma right after the citation (or a run of joined citations) moves in front of them all.</summary>
    private static void PullPunctuationBefore(CitationInline citation)
    {
        Inline first = citation;
        while (first.PreviousSibling is CitationInline joined)
        {
            first = joined;
        }

        if (first.PreviousSibling is not { } previous
            || citation.NextSibling is not LiteralInline next || next.Content.IsEmpty || next.Content.CurrentChar is not ('.' or ','))
        {
            return;
        }

        var mark = next.Content.CurrentChar;
        var content = next.Content;
        content.Start++;
        next.Content = content;
        next.Column++;
        // Not citation.InsertBefore: Markdig leaves the new node's PreviousSibling unset, hiding it from Descendants().
        previous.InsertAfter(new LiteralInline(mark.ToString()));
    }
}
