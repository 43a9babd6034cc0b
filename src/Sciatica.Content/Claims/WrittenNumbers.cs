using System.Globalization;
using System.Text.RegularExpressions;

namespace Sciatica.Content.Claims;

/// <summary>A figure found in text: what was written, where, and the form it is compared in ("40%", "6-8", "1315").</summary>
public sealed record WrittenNumber(string Written, int Index, string Key, IReadOnlyList<string> Parts);

/// <summary>
/// Finds the figures in a sentence, simply and predictably (content/README.md lists what counts):
/// digits ("1315", "2.5", "10,000"), percentages ("95%", "95 per cent"), proportions ("4 in 10", "one in five",
/// compared as percentages to two significant figures, so "4 in 10" = "40%"), and ranges ("6 to 8", "6-8", "6–8").
/// A number joined to letters ("L5", "NG59") is a name, not a figure.
/// </summary>
public static partial class WrittenNumbers
{
    private static readonly string[] Words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    [GeneratedRegex("""
        (?<![\p{L}\p{N}.,])
        (?:
            (?<x>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+(?<y>[1-9]\d*|two|three|four|five|six|seven|eight|nine|ten)
          | (?<a>\d+(?:,\d{3})*(?:\.\d+)*)(?:\s*%)?\s*(?:to|-|–)\s*(?<b>\d+(?:,\d{3})*(?:\.\d+)*)(?:\s*%|\s+per\s?cent)?
          | (?<p>\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*%|\s+per\s?cent)
          | (?<n>\d+(?:,\d{3})*(?:\.\d+)*)
        )
        (?![\p{L}\p{N}])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    public static IEnumerable<WrittenNumber> In(string text)
    {
        foreach (Match match in Figure().Matches(text))
        {
            var g = match.Groups;
            if (g["x"].Success)
            {
                yield return Single(match, Percent(100 * Value(g["x"].Value) / Value(g["y"].Value)));
            }
            else if (g["a"].Success)
            {
                var (a, b) = (Plain(g["a"].Value), Plain(g["b"].Value));
                yield return new WrittenNumber(match.Value, match.Index, $"{a}-{b}", [a, b]);
            }
            else if (g["p"].Success)
            {
                yield return Single(match, Percent(double.Parse(Plain(g["p"].Value), CultureInfo.InvariantCulture)));
            }
            else
            {
                yield return Single(match, Plain(g["n"].Value));
            }
        }
    }

    /// <summary>Every form in which a finding's text offers a figure: each figure, and each end of a range.</summary>
    public static HashSet<string> KeysIn(string text) =>
        In(text).SelectMany(n => n.Parts.Prepend(n.Key)).ToHashSet(StringComparer.Ordinal);

    private static WrittenNumber Single(Match match, string key) => new(match.Value, match.Index, key, []);

    private static string Plain(string digits) => digits.Replace(",", "", StringComparison.Ordinal);

    private static double Value(string numberOrWord) =>
        Array.IndexOf(Words, numberOrWord.ToLowerInvariant()) is var i and >= 0
            ? i + 1
            : double.Parse(numberOrWord, CultureInfo.InvariantCulture);

    /// <summary>Two significant figures, so "1 in 3" (33.3…) and "33%" agree while "39%" and "40%" do not.</summary>
    private static string Percent(double value)
    {
        var decimals = value <= 0 ? 0 : Math.Clamp(1 - (int)Math.Floor(Math.Log10(value)), 0, 6);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";
    }
}
