using Sciatica.Content.Articles;

namespace Sciatica.Content.Search;

/// <summary>An article that matches (how many of the query's terms, and how strongly), the section that matches best (null: its introduction), and a snippet from it.</summary>
public sealed record SearchResult(Article Article, Heading? Section, IReadOnlyList<SnippetPart> Snippet, int MatchedTerms, double Score);

/// <summary>A run of snippet text; matched words are their own parts with <see cref="IsMatch"/> set, for highlighting.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);

/// <summary>
/// One page of results: <see cref="Page"/> of <see cref="PageCount"/> (both from 1), out of <see cref="Total"/> matching
/// articles; <see cref="AlsoSearchedFor"/> lists the synonyms of the query's words that were searched for too, as written in synonyms.yaml.
/// </summary>
public sealed record SearchResultPage(IReadOnlyList<SearchResult> Results, int Total, int Page, int PageCount, IReadOnlyList<string> AlsoSearchedFor);
