using Sciatica.Content.References;

namespace Sciatica.Content.Citations;

/// <summary>An entry of an article's reference list: its number, the source, and every place it is cited.</summary>
public sealed record CitedReference(int Number, Reference Reference, IReadOnlyList<string> BackLinks, IReadOnlyList<string> Locators)
{
    public string AnchorId => $"ref-{Number}";
}
