using System.Text.RegularExpressions;

namespace Sciatica.Content.Search;

/// <summary>How text becomes search terms: words, lower-cased, plural endings folded, filler words dropped.</summary>
public static partial class SearchTerms
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "if", "in",
        "is", "it", "me", "my", "no", "not", "of", "on", "or", "so", "that", "the", "this", "to", "what", "when",
        "will", "with", "you", "your",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>Each word in the text with its position, and its term (null for filler words).</summary>
    public static IEnumerable<(int Index, int Length, string? Term)> Words(string text) =>
        WordPattern().Matches(text).Select(m => (m.Index, m.Length, Normalize(m.Value)));

    public static IEnumerable<string> Of(string text) => Words(text).Select(w => w.Term).OfType<string>();

    /// <summary>"Scans" and "scan" are one term, as are "injections" and "injection"; "MRI" is "mri".</summary>
    public static string? Normalize(string word)
    {
        var term = word.ToLowerInvariant().Replace('’', '\'');
        var apostrophe = term.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe > 0)
        {
            term = term[..apostrophe];
        }

        if (Filler.Contains(term))
        {
            return null;
        }

        return term switch
        {
            { Length: > 4 } when term.EndsWith("ies", StringComparison.Ordinal) => term[..^3] + "y",
            { Length: > 3 } when term.EndsWith('s') && !term.EndsWith("ss", StringComparison.Ordinal) && !term.EndsWith("us", StringComparison.Ordinal) => term[..^1],
            _ => term,
        };
    }
}
