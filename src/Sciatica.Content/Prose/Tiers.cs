using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Sciatica.Content.Rendering.CareCards;

namespace Sciatica.Content.Prose;

/// <summary>
/// The site's three levels of help and the words each one owns, the same on every page: emergency is help now
/// (999 or A&amp;E), urgent is a GP today or NHS 111, routine is a normal GP appointment. Also the signs that are
/// always emergencies (the nerves at the bottom of the spine squeezed), which no page may give a lower level.
/// </summary>
public static partial class Tiers
{
    /// <summary>The levels whose words <paramref name="text"/> uses, most urgent first.</summary>
    public static IReadOnlyList<CareLevel> Named(string text)
    {
        var levels = new List<CareLevel>();
        if (EmergencyWords().IsMatch(text))
        {
            levels.Add(CareLevel.Emergency);
        }

        if (UrgentWords().IsMatch(text))
        {
            levels.Add(CareLevel.Urgent);
        }

        if (RoutineWords().IsMatch(text))
        {
            levels.Add(CareLevel.Routine);
        }

        return levels;
    }

    /// <summary>The level of a care card (an emergency, urgent or routine box).</summary>
    public static CareLevel LevelOf(CustomContainer card) => CareLevel.Find(card.Info) ?? throw new ArgumentException($"'{card.Info}' is not a care card", nameof(card));

    /// <summary>A sign that is always an emergency: bladder, bowel, saddle and genital signs, both legs, cauda equina.</summary>
    public static Match EmergencySign(string text) => EmergencySigns().Match(text);

    [GeneratedRegex(@"\b(?:emergency|emergencies|999|help now)\b|\bA&E\b", RegexOptions.IgnoreCase)]
    public static partial Regex EmergencyWords();

    [GeneratedRegex(@"\b(?:today|NHS 111|urgent|urgently)\b", RegexOptions.IgnoreCase)]
    public static partial Regex UrgentWords();

    [GeneratedRegex(@"\b(?:routine|GP appointment|normal GP|see (?:a|your) GP(?! today))\b", RegexOptions.IgnoreCase)]
    public static partial Regex RoutineWords();

    [GeneratedRegex(@"\b(?:bladder|bowels?|saddle|genitals|back passage|erections?|ejaculat\w*|both legs|cauda equina)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmergencySigns();
}
