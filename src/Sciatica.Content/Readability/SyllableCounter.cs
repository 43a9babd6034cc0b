using System.Text.RegularExpressions;

namespace Sciatica.Content.Readability;

/// <summary>The usual English heuristic: vowel groups, less a silent final "e" or "-ed"/"-es" ending.</summary>
public static partial class SyllableCounter
{
    public static int Count(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3)
        {
            return 1;
        }

        w = SilentEnding().Replace(w, "");
        w = w.StartsWith('y') ? w[1..] : w;
        return Math.Max(1, VowelGroup().Count(w) + SplitVowels().Count(w));
    }

    [GeneratedRegex("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    /// <summary>"ia" is two syllables (sci-at-i-ca, tri-al) except in -cial/-tial endings.</summary>
    [GeneratedRegex("(?<![ct])ia|ia(?!l)")]
    private static partial Regex SplitVowels();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();
}
