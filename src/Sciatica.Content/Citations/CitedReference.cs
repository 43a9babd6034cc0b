using Sciatica.Content.References;

namespace Sciatica.Content.Citations;

/// <summary>An entry of an article's reference list: its number, the source, and every place it is cited.</summary>
public sealed record CitedReference(int Number, Reference Reference, IReadOnlyList<string> BackLinks, IReadOnlyList<string> Locators)
{
    public string AnchorId => $"ref-{Number}";

    /// <summary>
    /// The reference list's link back to the <paramref name="index"/>th citation: its sign (↑, or ↑a, ↑b, ... for a source
    /// cited more than once) and its name, which says the letter the reader sees ("Back to citation b of source 3").
    /// </summary>
    public (string Sign, string Name) BackLink(int index)
    {
        if (BackLinks.Count == 1)
        {
            return ("↑", $"Back to the citation of source {Number}");
        }

        var letter = (char)('a' + index);
        return ($"↑{letter}", $"Back to citation {letter} of source {Number}");
    }
}
