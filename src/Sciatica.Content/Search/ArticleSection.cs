using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Sciatica.Content.Articles;
using Sciatica.Content.Rendering;

namespace Sciatica.Content.Search;

/// <summary>The plain text of one part of an article: before the first heading (Heading null), or under an h2/h3.</summary>
public sealed partial record ArticleSection(Heading? Heading, string Text)
{
    /// <summary>Splits the article's text at its h2/h3 headings, in reading order.</summary>
    public static IReadOnlyList<ArticleSection> Read(MarkdownDocument document, IReadOnlyList<Heading> headings)
    {
        var sections = new List<ArticleSection>();
        Heading? current = null;
        var text = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock { Level: 2 or 3 } heading && headings.FirstOrDefault(h => h.Id == heading.GetAttributes().Id) is { } next)
            {
                sections.Add(new ArticleSection(current, Tidy(text)));
                (current, text) = (next, []);
            }
            else if (block is ParagraphBlock paragraph)
            {
                text.Add(InlineText.Of(paragraph.Inline));
            }
        }

        sections.Add(new ArticleSection(current, Tidy(text)));
        return [.. sections.Where(s => s.Heading is not null || s.Text.Length > 0)];
    }

    /// <summary>Citations leave "away ." behind; close such gaps and runs of spaces.</summary>
    private static string Tidy(IEnumerable<string> paragraphs) =>
        SpaceBeforePunctuation().Replace(string.Join(" ", paragraphs), "").Trim();

    [GeneratedRegex(@"\s+(?=[.,;:!?)])|(?<=\s)\s+")]
    private static partial Regex SpaceBeforePunctuation();
}
