namespace Sciatica.Content.References;

/// <summary>How a citation's locator is matched to a finding's <c>at</c>, and how it reads on the page.</summary>
public static class Locators
{
    /// <summary>Pandoc's locator abbreviations (plus "rec." for guidelines), spelled out for readers.</summary>
    private static readonly Dictionary<string, string> SpelledOut = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rec."] = "recommendation",
        ["recs"] = "recommendations",
        ["recs."] = "recommendations",
        ["p."] = "page",
        ["pp."] = "pages",
        ["chap."] = "chapter",
        ["fig."] = "figure",
        ["para."] = "paragraph",
        ["sec."] = "section",
        ["vol."] = "volume",
    };

    public static string Normalise(string locator) =>
        string.Join(' ', locator.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>"rec. 1.1.4" reads "recommendation 1.1.4"; other words are kept as written.</summary>
    public static string ForReaders(string at)
    {
        var words = at.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => SpelledOut.GetValueOrDefault(w, w)));
    }

    /// <summary>
    /// The finding whose <c>at</c> is closest to <paramref name="locator"/> by edit distance, when it is a slip of the
    /// keyboard away (at most one edit in three typed characters): a suggestion only, never a match. Anything further
    /// is another place, which a suggestion could lead an editor to cite by mistake, so there is none.
    /// </summary>
    public static Finding? Closest(string locator, IReadOnlyList<Finding> findings)
    {
        var key = Normalise(locator);
        var maxEdits = Math.Max(1, key.Length / 3);
        return findings.Where(f => EditDistance(key, f.Key) <= maxEdits).MinBy(f => EditDistance(key, f.Key));
    }

    /// <summary>Levenshtein distance, two rows.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
