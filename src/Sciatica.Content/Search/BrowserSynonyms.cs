namespace Sciatica.Content.Search;

/// <summary>
/// What the static copy's search script needs to expand a query as the live search does, with no stemmer of its own:
/// the filler words it drops, each synonym entry's terms, the word forms that stem to each of those terms, and how much
/// less a synonym counts than the word typed.
/// </summary>
/// <param name="Forms">A lower-case word form → its term, for every word of every entry and its usual English endings that stem the same.</param>
public sealed record BrowserSynonyms(IReadOnlyList<string> Filler, IReadOnlyDictionary<string, string> Forms, IReadOnlyList<IReadOnlyList<SynonymEntry>> Groups, double SynonymWeight)
{
    private static readonly string[] Endings = ["", "e", "s", "es", "ing", "ed", "er", "ers"];

    public static BrowserSynonyms Of(Synonyms synonyms)
    {
        var forms = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in synonyms.Groups.SelectMany(g => g).SelectMany(e => SearchTerms.Spans(e.Text).Select(w => e.Text.Substring(w.Index, w.Length).ToLowerInvariant())))
        {
            if (SearchTerms.Normalize(word) is not { } term)
            {
                continue;
            }

            // The word with its ending taken off or swapped for another; only forms the stemmer itself folds to the
            // word's term are kept, so the stemmer decides, not this list.
            var roots = Endings.Where(e => e.Length > 0 && word.EndsWith(e, StringComparison.Ordinal)).Select(e => word[..^e.Length]).Append(word);
            var stems = roots.SelectMany(root => new[] { root, root.TrimEnd('e', 'y'), root.TrimEnd('e', 'y') + "i" });
            foreach (var form in stems.SelectMany(stem => Endings.Select(ending => stem + ending)).Distinct(StringComparer.Ordinal))
            {
                if (SearchTerms.Normalize(form) == term)
                {
                    forms[form] = term;
                }
            }
        }

        return new BrowserSynonyms(SearchTerms.FillerWords, forms, synonyms.Groups, SearchIndex.SynonymWeight);
    }
}
