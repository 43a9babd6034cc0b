namespace Sciatica.Content.References;

/// <summary>
/// One place in a source (<c>at</c>: "rec. 1.1.4", "abstract: results", "p. 1315") and what the work says there,
/// in our own words (<c>says</c>). Every citation names one finding with its locator.
/// </summary>
public sealed record Finding(string At, string Says, int Line, int Column)
{
    /// <summary>The <c>at</c> as a locator must match it: case and runs of spaces do not count, nothing else is fuzzy.</summary>
    public string Key { get; } = Locators.Normalise(At);
}
