using Sciatica.Content.Articles;

namespace Sciatica.Content.Search;

/// <summary>
/// Full-text search over titles, summaries, headings and body text, built once per snapshot.
/// Ranking: articles matching more of the query's terms come first; among those, a term in the title counts most,
/// then summary and headings, then how often it appears in the body.
/// </summary>
public sealed class SearchIndex
{
    private const double TitleWeight = 10, SummaryWeight = 4, HeadingWeight = 3;
    private const int SnippetLength = 220, SnippetLead = 60;

    private readonly IReadOnlyList<IndexedArticle> _articles;

    private SearchIndex(IReadOnlyList<IndexedArticle> articles) => _articles = articles;

    public static SearchIndex Build(IEnumerable<Article> articles) =>
        new([.. articles.Select(IndexedArticle.Of)]);

    /// <summary>The query's terms after filler words are dropped; empty means there is nothing to search for.</summary>
    public static IReadOnlyList<string> TermsOf(string? query) => [.. SearchTerms.Of(query ?? "").Distinct()];

    public IReadOnlyList<SearchResult> Search(string? query, Func<Article, bool> visible)
    {
        var terms = TermsOf(query);
        if (terms.Count == 0)
        {
            return [];
        }

        return [.. _articles.Where(a => visible(a.Article))
            .Select(a => a.Match(terms))
            .OfType<SearchResult>()
            .OrderByDescending(r => r.MatchedTerms)
            .ThenByDescending(r => r.Score)
            .ThenBy(r => r.Article.FrontMatter.Order)];
    }

    private sealed record IndexedSection(ArticleSection Section, HashSet<string> HeadingTerms, Dictionary<string, int> BodyCounts);

    private sealed record IndexedArticle(Article Article, HashSet<string> TitleTerms, HashSet<string> SummaryTerms, IReadOnlyList<IndexedSection> Sections)
    {
        public static IndexedArticle Of(Article article) => new(
            article,
            [.. SearchTerms.Of(article.Title)],
            [.. SearchTerms.Of(article.FrontMatter.Summary)],
            [.. article.Sections.Select(s => new IndexedSection(
                s,
                [.. SearchTerms.Of(s.Heading?.Text ?? "")],
                SearchTerms.Of(s.Text).CountBy(t => t).ToDictionary()))]);

        public SearchResult? Match(IReadOnlyList<string> terms)
        {
            var sectionScores = Sections.Select(s => (s, Score: terms.Sum(t => SectionScore(s, t)))).ToList();
            var matched = terms.Count(t => TitleTerms.Contains(t) || SummaryTerms.Contains(t) || sectionScores.Any(s => SectionScore(s.s, t) > 0));
            if (matched == 0)
            {
                return null;
            }

            var score = terms.Sum(t => (TitleTerms.Contains(t) ? TitleWeight : 0) + (SummaryTerms.Contains(t) ? SummaryWeight : 0))
                + sectionScores.Sum(s => s.Score);
            var best = sectionScores.OrderByDescending(s => s.Score).FirstOrDefault();
            var snippetFrom = best.Score > 0 ? best.s.Section.Text : Article.FrontMatter.Summary;
            return new SearchResult(Article, best.Score > 0 ? best.s.Section.Heading : null, Snippet(snippetFrom, terms), matched, score);
        }

        private static double SectionScore(IndexedSection section, string term) =>
            (section.HeadingTerms.Contains(term) ? HeadingWeight : 0)
            + (section.BodyCounts.TryGetValue(term, out var count) ? 1 + Math.Log2(count) : 0);
    }

    /// <summary>About <see cref="SnippetLength"/> characters around the first match, cut at word boundaries.</summary>
    private static List<SnippetPart> Snippet(string text, IReadOnlyList<string> terms)
    {
        var words = SearchTerms.Words(text).ToList();
        var first = words.FindIndex(w => w.Term is { } t && terms.Contains(t));
        var start = first < 0 ? 0 : words.FindIndex(w => w.Index >= words[first].Index - SnippetLead);
        var window = words.Skip(Math.Max(start, 0)).TakeWhile(w => w.Index + w.Length - words[Math.Max(start, 0)].Index <= SnippetLength).ToList();
        if (window.Count == 0)
        {
            return [new SnippetPart(text, false)];
        }

        var parts = new List<SnippetPart>();
        var position = window[0].Index;
        if (position > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }

        foreach (var word in window.Where(w => w.Term is { } t && terms.Contains(t)))
        {
            parts.Add(new SnippetPart(text[position..word.Index], false));
            parts.Add(new SnippetPart(text.Substring(word.Index, word.Length), true));
            position = word.Index + word.Length;
        }

        var end = window[^1] == words[^1] ? text.Length : window[^1].Index + window[^1].Length;
        parts.Add(new SnippetPart(text[position..end] + (end < text.Length ? " …" : ""), false));
        return [.. parts.Where(p => p.Text.Length > 0)];
    }
}
