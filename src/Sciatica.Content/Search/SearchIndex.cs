using Sciatica.Content.Articles;
using Sciatica.Content.Blocks;

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

    /// <summary>A synonym counts a little less than the word typed, so a page using the reader's own word comes first among equals.</summary>
    public const double SynonymWeight = 0.8;

    private readonly IReadOnlyList<IndexedArticle> _articles;
    private readonly Dictionary<string, Posting[]> _postings;
    private readonly Synonyms _synonyms;

    /// <param name="articles">In reading order, so an article's index is its place in it: the last tie-breaker.</param>
    private SearchIndex(IReadOnlyList<IndexedArticle> articles, Synonyms synonyms)
    {
        _articles = articles;
        _synonyms = synonyms;
        _postings = articles
            .SelectMany((article, index) => article.Terms().Select(term => (term, Posting: new Posting(index, article.Score(term)))))
            .GroupBy(p => p.term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ByRarity([.. g.Select(p => p.Posting)], articles.Count), StringComparer.Ordinal);
    }

    /// <summary>Indexes the articles in reading order: front matter <c>order</c>, then the order given.</summary>
    public static SearchIndex Build(IEnumerable<Article> articles, Synonyms? synonyms = null)
    {
        var phrases = new PhraseTerms(synonyms ?? Synonyms.None);
        return new([.. articles.OrderBy(a => a.FrontMatter.Order).Select(a => IndexedArticle.Of(a, phrases))], synonyms ?? Synonyms.None);
    }

    /// <summary>
    /// How much a term tells pages apart (BM25's inverse document frequency): "sciatica", on every page, next to nothing;
    /// "tingling", on a few, much more. So the words that pick a page out decide the order, not the words every page has.
    /// </summary>
    private static Posting[] ByRarity(Posting[] postings, int pages)
    {
        var rarity = Math.Log(1 + ((pages - postings.Length + 0.5) / (postings.Length + 0.5)));
        for (var i = 0; i < postings.Length; i++)
        {
            postings[i] = postings[i] with { Score = postings[i].Score * rarity };
        }

        return postings;
    }

    /// <summary>The query's terms after filler words are dropped; empty means there is nothing to search for.</summary>
    public static IReadOnlyList<string> TermsOf(string? query) => [.. SearchTerms.Of(query ?? "").Distinct()];

    /// <summary>
    /// One page of the articles that match, best first; <paramref name="page"/> counts from 1 and is clamped to the pages there are.
    /// Each part of the query (a word, or a phrase of <c>synonyms.yaml</c>) matches an article that has it or one of its synonyms.
    /// </summary>
    public SearchResultPage Search(string? query, Func<Article, bool> visible, int page = 1)
    {
        var parts = _synonyms.Expand([.. SearchTerms.Of(query ?? "")]);
        var tallies = new Tally[_articles.Count];
        var partScores = new double[_articles.Count];
        var matches = new List<int>();
        var touched = new List<int>();
        foreach (var part in parts)
        {
            foreach (var (alternative, weight) in part.Alternatives.Select((a, i) => (a, i == 0 ? 1 : SynonymWeight)))
            {
                // A phrase is one term of the index (see PhraseTerms): pages where its words are together.
                foreach (var (article, score) in _postings.GetValueOrDefault(alternative.Key, []))
                {
                    if (partScores[article] == 0)
                    {
                        touched.Add(article);
                    }

                    partScores[article] = Math.Max(partScores[article], score * weight);
                }
            }

            foreach (var article in touched)
            {
                ref var tally = ref tallies[article];
                if (tally.Terms == 0 && visible(_articles[article].Article))
                {
                    matches.Add(article);
                }

                tally = new Tally(tally.Terms + 1, tally.Score + partScores[article]);
                partScores[article] = 0;
            }

            touched.Clear();
        }

        IReadOnlyList<string> terms = [.. parts.SelectMany(p => p.Alternatives).SelectMany(a => a.Terms).Distinct(StringComparer.Ordinal)];
        var pageCount = Math.Max(1, (matches.Count + PageSize - 1) / PageSize);
        var shown = Math.Clamp(page, 1, pageCount);
        // Only the pages up to the one shown are ranked; the rest are counted, never sorted.
        var ranked = TopRanked.Of(matches, shown * PageSize, new Ranking(tallies));
        return new SearchResultPage(
            [.. ranked.Skip((shown - 1) * PageSize).Select(a => _articles[a].Result(terms, tallies[a].Terms, tallies[a].Score))],
            matches.Count,
            shown,
            pageCount,
            [.. parts.SelectMany(p => p.Synonyms).Select(s => s.Text)]);
    }

    /// <summary>How many of the query's terms an article has, and their summed score.</summary>
    private readonly record struct Tally(int Terms, double Score);

    /// <summary>
    /// More of the query's terms first, then the higher score, then reading order: a total order, so equal articles
    /// always come in the same order and pages never overlap.
    /// </summary>
    private sealed class Ranking(Tally[] tallies) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var (a, b) = (tallies[x], tallies[y]);
            var byTerms = b.Terms.CompareTo(a.Terms);
            if (byTerms != 0)
            {
                return byTerms;
            }

            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            return x.CompareTo(y);
        }
    }

    /// <summary>An article that contains a term, and how much that term adds to its score.</summary>
    private readonly record struct Posting(int Article, double Score);

    /// <param name="BodyCounts">How often each term is in the section's text, shared blocks' words included.</param>
    /// <param name="SharedCounts">How many of those are words placed from shared blocks, which count less (<see cref="SharedText.SearchWeight"/>).</param>
    private sealed record IndexedSection(ArticleSection Section, HashSet<string> HeadingTerms, Dictionary<string, int> BodyCounts, Dictionary<string, int> SharedCounts)
    {
        public double Score(string term)
        {
            var count = BodyCounts.GetValueOrDefault(term);
            var shared = SharedCounts.GetValueOrDefault(term);
            return (HeadingTerms.Contains(term) ? HeadingWeight : 0) + Frequency(count - shared) + (SharedText.SearchWeight * Frequency(shared));
        }

        private static double Frequency(int count) => count > 0 ? 1 + Math.Log2(count) : 0;
    }

    private sealed record IndexedArticle(Article Article, HashSet<string> TitleTerms, HashSet<string> SummaryTerms, IReadOnlyList<IndexedSection> Sections)
    {
        public static IndexedArticle Of(Article article, PhraseTerms phrases)
        {
            IEnumerable<string> TermsOf(string? text) => phrases.With([.. SearchTerms.Of(text ?? "")]);
            return new(
                article,
                [.. TermsOf(article.Title)],
                [.. TermsOf(article.FrontMatter.Summary)],
                [.. article.Sections.Select(s => new IndexedSection(
                    s,
                    [.. TermsOf(s.Heading?.Text)],
                    TermsOf(s.Text).CountBy(t => t).ToDictionary(),
                    TermsOf(s.SharedText).CountBy(t => t).ToDictionary()))]);
        }

        public IEnumerable<string> Terms() =>
            TitleTerms.Concat(SummaryTerms).Concat(Sections.SelectMany(s => s.HeadingTerms.Concat(s.BodyCounts.Keys))).Distinct(StringComparer.Ordinal);

        public double Score(string term) =>
            (TitleTerms.Contains(term) ? TitleWeight : 0) + (SummaryTerms.Contains(term) ? SummaryWeight : 0) + Sections.Sum(s => s.Score(term));

        /// <summary>The section that matches best (the first of equals; none: the summary stands in) and a snippet from it.</summary>
        public SearchResult Result(IReadOnlyList<string> terms, int matched, double score)
        {
            var (best, bestScore) = ((IndexedSection?)null, 0.0);
            foreach (var section in Sections)
            {
                var sectionScore = 0.0;
                for (var i = 0; i < terms.Count; i++)
                {
                    sectionScore += section.Score(terms[i]);
                }

                if (sectionScore > bestScore)
                {
                    (best, bestScore) = (section, sectionScore);
                }
            }

            return best is null
                ? new SearchResult(Article, null, Snippet(Article.FrontMatter.Summary, terms), matched, score)
                : new SearchResult(Article, best.Section.Heading, Snippet(best.Section.Text, terms), matched, score);
        }
    }

    /// <summary>About <see cref="SnippetLength"/> characters around the first match, cut at word boundaries; reads no further into the text.</summary>
    private static List<SnippetPart> Snippet(string text, IReadOnlyList<string> terms)
    {
        var (words, cutShort) = LeadAndWindow(text, terms);
        var window = words.TakeWhile(w => w.Index + w.Length - words[0].Index <= SnippetLength).ToList();
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

        foreach (var word in window.Where(w => w.IsMatch))
        {
            parts.Add(new SnippetPart(text[position..word.Index], false));
            parts.Add(new SnippetPart(text.Substring(word.Index, word.Length), true));
            position = word.Index + word.Length;
        }

        var end = !cutShort && window.Count == words.Count ? text.Length : window[^1].Index + window[^1].Length;
        parts.Add(new SnippetPart(text[position..end] + (end < text.Length ? " …" : ""), false));
        return [.. parts.Where(p => p.Text.Length > 0)];
    }

    /// <summary>
    /// The words from <see cref="SnippetLead"/> characters before the first match (none: from the start) until one
    /// ends more than <see cref="SnippetLength"/> characters after the first of them (then <c>CutShort</c>). Until a
    /// match, only the words that could lead into one are kept, so a long section costs no memory.
    /// </summary>
    private static (List<(int Index, int Length, bool IsMatch)> Words, bool CutShort) LeadAndWindow(string text, IReadOnlyList<string> terms)
    {
        var words = new List<(int Index, int Length, bool IsMatch)>();
        var matched = false;
        foreach (var (index, length) in SearchTerms.Spans(text))
        {
            if (matched && index + length - words[0].Index > SnippetLength)
            {
                return (words, true);
            }

            var isMatch = SearchTerms.IsOneOf(text.AsSpan(index, length), terms);
            if (!matched)
            {
                var behind = 0;
                while (behind < words.Count && words[behind].Index < index - SnippetLead)
                {
                    behind++;
                }

                words.RemoveRange(0, behind);
                matched = isMatch;
            }

            words.Add((index, length, isMatch));
        }

        if (matched)
        {
            return (words, false);
        }

        // No match in the text (the heading matched, or the summary stands in): the window starts with the text.
        // More words than characters in a window certainly run past it, so that many are enough to cut it.
        var fromStart = SearchTerms.Spans(text).Select(w => (w.Index, w.Length, IsMatch: false)).Take(SnippetLength + 1).ToList();
        return (fromStart, false);
    }
}
