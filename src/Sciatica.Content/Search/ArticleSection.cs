using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Sciatica.Content.Articles;
using Sciatica.Content.Rendering;

namespace Sciatica.Content.Search;

/// <summary>The plain text of one part of an article: before the first heading (Heading null), or under an h2/h3.</summary>
/// <param name="Text">All its text, in reading order.</param>
/// <param name="SharedText">The part of <paramref name="Text"/> placed from shared blocks (see <see cref="Blocks.SharedText"/>).</param>
public sealed partial record ArticleSection(Heading? Heading, string Text, string SharedText)
{
    /// <summary>Splits the article's text at its h2/h3 headings, in reading order.</summary>
    /// <param name="isShared">Whether a paragraph came from a shared block.</param>
    public static IReadOnlyList<ArticleSection> Read(MarkdownDocument document, IReadOnlyList<Heading> headings, Func<Block, bool> isShared)
    {
        var sections = new List<ArticleSection>();
        Heading? current = null;
        var text = new List<string>();
        var shared = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock { Level: 2 or 3 } heading && headings.FirstOrDefault(h => h.Id == heading.GetAttributes().Id) is { } next)
            {
                sections.Add(new ArticleSection(current, Tidy(text), Tidy(shared)));
                (current, text, shared) = (next, [], []);
            }
            else if (block is ParagraphBlock paragraph)
            {
                var words = InlineText.Of(paragraph.Inline);
                text.Add(words);
                if (isShared(paragraph))
                {
                    shared.Add(words);
                }
            }
        }

        sections.Add(new ArticleSection(current, Tidy(text), Tidy(shared)));
        return [.. sections.Where(s => s.Heading is not null || s.Text.Length > 0)];
    }

    /// <summary>Citations leave "away ." behind; close such gaps and runs of spaces.</summary>
    private static string Tidy(IEnumerable<string> paragraphs) =>
        SpaceBeforePunctuation().Replace(string.Join(" ", paragraphs), "").Trim();

    [GeneratedRegex(@"\s+(?=[.,;:!?)])|(?<=\s)\s+")]
    private static partial Regex SpaceBeforePunctuation();
}
