using System.Text.RegularExpressions;
using Markdig.Syntax;
using Sciatica.Content.Rendering;

namespace Sciatica.Content.Readability;

/// <summary>
/// Measures Flesch–Kincaid grade and SMOG over the text a reader reads: paragraphs, list items and table
/// cells, without headings or citations. Each block counts as at least one sentence, since list
/// items and cells often end without a full stop.
/// </summary>
public static partial class ReadabilityMeter
{
    public static ReadabilityScore Measure(MarkdownDocument document)
    {
        int words = 0, sentences = 0, syllables = 0, poly = 0;
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var text = InlineText.Of(paragraph.Inline);
            var blockWords = Word().Matches(text);
            if (blockWords.Count == 0)
            {
                continue;
            }

            sentences += Math.Max(1, SentenceEnd().Count(text.TrimEnd() + " "));
            foreach (Match word in blockWords)
            {
                var count = SyllableCounter.Count(word.Value);
                words++;
                syllables += count;
                poly += count >= 3 ? 1 : 0;
            }
        }

        return new ReadabilityScore(words, sentences, syllables, poly);
    }

    [GeneratedRegex(@"[A-Za-z]+(?:'[A-Za-z]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?]+[""')\]]*\s")]
    private static partial Regex SentenceEnd();
}
