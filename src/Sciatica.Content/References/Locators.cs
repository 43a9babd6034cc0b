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
}
