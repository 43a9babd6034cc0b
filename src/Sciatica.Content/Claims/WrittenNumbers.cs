using System.Globalization;
using System.Text.RegularExpressions;

namespace Sciatica.Content.Claims;

/// <summary>A figure found in text: what was written, where, and the form it is compared in ("40%", "6-8", "1315").</summary>
public sealed record WrittenNumber(string Written, int Index, string Key, IReadOnlyList<string> Parts);

/// <summary>
/// Finds the figures in a sentence, simply and predictably (content/README.md lists what counts):
/// digits ("1315", "2.5", "10,000"), percentages ("95%", "95 per cent"), proportions ("4 in 10", "one in five",
/// "3 in every 100", compared as percentages to two significant figures, so "4 in 10" = "40%"), and ranges
/// ("6 to 8", "6-8", "6–8"; "20 to 30 in every 100" is the range 20-30, as "20%-30%" is).
/// A number joined to letters ("L5", "NG59") is a name, not a figure.
/// </summary>
public static partial class WrittenNumbers
{
    private static readonly Dictionary<string, double> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["hundred"] = 100,
        ["thousand"] = 1000,
    };

    [GeneratedRegex("""
        (?<![\p{L}\p{N}.,])
        (?:
            (?<x>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+(?:every\s+)?(?<y>[1-9]\d*|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)
          | (?<a>\d+(?:,\d{3})*(?:\.\d+)*)(?:\s*%)?\s*(?:to|-|–)\s*(?<b>\d+(?:,\d{3})*(?:\.\d+)*)
            (?:\s*%|\s+per\s?cent|\s+in\s+(?:every\s+)?(?<ry>[1-9]\d*|hundred|thousand))?
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
                if (g["ry"].Success)
                {
                    // "20 to 30 in every 100" is the range 20%-30%; a range's "%" is not part of its key.
                    var whole = Value(g["ry"].Value);
                    (a, b) = (Percent(100 * Value(a) / whole).TrimEnd('%'), Percent(100 * Value(b) / whole).TrimEnd('%'));
                }

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
        Words.TryGetValue(numberOrWord, out var value) ? value : double.Parse(Plain(numberOrWord), CultureInfo.InvariantCulture);

    /// <summary>Two significant figures, so "1 in 3" (33.3…) and "33%" agree while "39%" and "40%" do not.</summary>
    private static string Percent(double value)
    {
        var decimals = value <= 0 ? 0 : Math.Clamp(1 - (int)Math.Floor(Math.Log10(value)), 0, 6);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";
    }
}
