namespace Sciatica.Content.Search;

/// <summary>
/// What the static copy's search script needs to expand a query as the live search does, with no stemmer of its own:
/// the filler words it drops, each synonym entry's terms, the word forms that stem to each of those terms, and how much
/// less a synonym counts than the word typed.
/// </summary>
/// <param name="Forms">A lower-case word form → its term, for every word of every entry and its usual English endings that stem the same.</param>
public sealed record BrowserSynonyms(IReadOnlyList<string> Filler, IReadOnlyDictionary<string, string> Forms, IReadOnlyList<IReadOnlyList<SynonymEntry>> Groups, double SynonymWeight)
{
    private static readonly string[] Endings = ["s", "es", "ing", "ed", "er", "ers"];

    public static BrowserSynonyms Of(Synonyms synonyms)
    {
        var forms = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in synonyms.Groups.SelectMany(g => g).SelectMany(e => SearchTerms.Spans(e.Text).Select(w => e.Text.Substring(w.Index, w.Length).ToLowerInvariant())))
        {
            // Only forms the stemmer itself folds to the word's term are kept: the stemmer decides, not this list.
            var stem = word.TrimEnd('e', 'y');
            var candidates = Endings.SelectMany(ending => new[] { word + ending, stem + ending, stem + "i" + ending }).Prepend(word);
            foreach (var form in candidates.Distinct())
            {
                if (SearchTerms.Normalize(form) is { } term && term == SearchTerms.Normalize(word))
                {
                    forms[form] = term;
                }
            }
        }

        return new BrowserSynonyms(SearchTerms.FillerWords, forms, synonyms.Groups, SearchIndex.SynonymWeight);
    }
}
