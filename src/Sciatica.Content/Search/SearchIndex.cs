using Sciatica.Content.Articles;

namespace Sciatica.Content.Search;

/// <summary>
/// Full-text search over titles, summaries, headings and body text, built once per snapshot.
/// Ranking: articles matching more of the query's terms come first; among those, a term in the title counts most,
/// then summary and headings, then how often it appears in the body.
/// An inverted index (term → the articles that contain it, with that term's share of the score) makes a query
/// cost the length of its terms' lists, not the size of the site; snippets are made only for the page shown.
/// </summary>
public sealed class SearchIndex
{
    public const int PageSize = 20;
    private const double TitleWeight = 10, SummaryWeight = 4, HeadingWeight = 3;
    private const int SnippetLength = 220, SnippetLead = 60;

    private readonly IReadOnlyList<IndexedArticle> _articles;
    private readonly Dictionary<string, Posting[]> _postings;

    private SearchIndex(IReadOnlyList<IndexedArticle> articles)
    {
        _articles = articles;
        _postings = articles
            .SelectMany((article, index) => article.Terms().Select(term => (term, Posting: new Posting(index, article.Score(term)))))
            .GroupBy(p => p.term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Posting).ToArray(), StringComparer.Ordinal);
    }

    public static SearchIndex Build(IEnumerable<Article> articles) =>
        new([.. articles.Select(IndexedArticle.Of)]);

    /// <summary>The query's terms after filler words are dropped; empty means there is nothing to search for.</summary>
    public static IReadOnlyList<string> TermsOf(string? query) => [.. SearchTerms.Of(query ?? "").Distinct()];

    /// <summary>One page of the articles that match, best first; <paramref name="page"/> counts from 1 and is clamped to the pages there are.</summary>
    public SearchResultPage Search(string? query, Func<Article, bool> visible, int page = 1)
    {
        var terms = TermsOf(query);
        var matches = new Dictionary<int, (int Terms, double Score)>();
        foreach (var term in terms)
        {
            foreach (var posting in _postings.GetValueOrDefault(term, []))
            {
                var (count, score) = matches.GetValueOrDefault(posting.Article);
                matches[posting.Article] = (count + 1, score + posting.Score);
            }
        }

        var ranked = matches
            .Where(m => visible(_articles[m.Key].Article))
            .OrderByDescending(m => m.Value.Terms)
            .ThenByDescending(m => m.Value.Score)
            .ThenBy(m => _articles[m.Key].Article.FrontMatter.Order)
            .ToList();
        var pageCount = Math.Max(1, (ranked.Count + PageSize - 1) / PageSize);
        var shown = Math.Clamp(page, 1, pageCount);
        return new SearchResultPage(
            [.. ranked.Skip((shown - 1) * PageSize).Take(PageSize).Select(m => _articles[m.Key].Result(terms, m.Value.Terms, m.Value.Score))],
            ranked.Count,
            shown,
            pageCount);
    }

    /// <summary>An article that contains a term, and how much that term adds to its score.</summary>
    private readonly record struct Posting(int Article, double Score);

    private sealed record IndexedSection(ArticleSection Section, HashSet<string> HeadingTerms, Dictionary<string, int> BodyCounts)
    {
        public double Score(string term) =>
            (HeadingTerms.Contains(term) ? HeadingWeight : 0)
            + (BodyCounts.TryGetValue(term, out var count) ? 1 + Math.Log2(count) : 0);
    }

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

        public IEnumerable<string> Terms() =>
            TitleTerms.Concat(SummaryTerms).Concat(Sections.SelectMany(s => s.HeadingTerms.Concat(s.BodyCounts.Keys))).Distinct(StringComparer.Ordinal);

        public double Score(string term) =>
            (TitleTerms.Contains(term) ? TitleWeight : 0) + (SummaryTerms.Contains(term) ? SummaryWeight : 0) + Sections.Sum(s => s.Score(term));

        /// <summary>The section that matches best (none: the summary stands in) and a snippet from it.</summary>
        public SearchResult Result(IReadOnlyList<string> terms, int matched, double score)
        {
            var best = Sections.Select(s => (s, Score: terms.Sum(s.Score))).OrderByDescending(s => s.Score).FirstOrDefault();
            var snippetFrom = best.Score > 0 ? best.s.Section.Text : Article.FrontMatter.Summary;
            return new SearchResult(Article, best.Score > 0 ? best.s.Section.Heading : null, Snippet(snippetFrom, terms), matched, score);
        }
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
