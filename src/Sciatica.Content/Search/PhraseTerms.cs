namespace Sciatica.Content.Search;

/// <summary>
/// Finds the phrases of <c>synonyms.yaml</c> ("pins and needles", "come back") in a text's terms, so the index can hold
/// each phrase as a term of its own (its <see cref="SynonymEntry.Key"/>). A phrase is there where all its terms lie
/// together: within one term more than the phrase has, in any order, filler words already gone, so "problems with your
/// bladder" has "bladder problems". Words of a phrase scattered over a page ("come" here, "back" there) are not the phrase.
/// </summary>
public sealed class PhraseTerms
{
    public static readonly PhraseTerms None = new(Synonyms.None);

    /// <summary>The phrases each term is part of.</summary>
    private readonly Dictionary<string, SynonymEntry[]> _byTerm;

    public PhraseTerms(Synonyms synonyms) =>
        _byTerm = synonyms.Groups
            .SelectMany(group => group.Where(entry => entry.Terms.Count > 1))
            .SelectMany(entry => entry.Terms.Distinct(StringComparer.Ordinal).Select(term => (Term: term, Entry: entry)))
            .GroupBy(e => e.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Entry).ToArray(), StringComparer.Ordinal);

    /// <summary>The terms, then each phrase's key once for every place it is found (a place is not counted twice).</summary>
    public IEnumerable<string> With(IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            yield return term;
        }

        var searchFrom = new Dictionary<SynonymEntry, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < terms.Count; i++)
        {
            foreach (var phrase in _byTerm.GetValueOrDefault(terms[i], []))
            {
                if (i >= searchFrom.GetValueOrDefault(phrase) && End(terms, i, phrase.Terms) is var end and > 0)
                {
                    searchFrom[phrase] = end;
                    yield return phrase.Key;
                }
            }
        }
    }

    /// <summary>Where the window from <paramref name="start"/> that holds all of the phrase's terms ends; 0 when it does not hold them.</summary>
    private static int End(IReadOnlyList<string> terms, int start, IReadOnlyList<string> phrase)
    {
        var window = Math.Min(terms.Count, start + phrase.Count + 1);
        var end = 0;
        foreach (var wanted in phrase)
        {
            var at = start;
            while (at < window && terms[at] != wanted)
            {
                at++;
            }

            if (at == window)
            {
                return 0;
            }

            end = Math.Max(end, at + 1);
        }

        return end;
    }
}
