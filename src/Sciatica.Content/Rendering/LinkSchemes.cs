namespace Sciatica.Content.Rendering;

/// <summary>Which link and image targets an article may use. Everything else is dropped at render time.</summary>
public static class LinkSchemes
{
    private static readonly string[] LinkSchemesAllowed = ["http", "https", "mailto"];

    /// <summary>http, https, mailto, a relative path or a #fragment.</summary>
    public static bool IsSafeLink(string? url) =>
        Scheme(url) is not { } scheme || LinkSchemesAllowed.Contains(scheme, StringComparer.Ordinal);

    /// <summary>Images come from this site only: a relative path, never another origin (privacy) or a data: URL.</summary>
    public static bool IsSafeImage(string? url) =>
        Scheme(url) is null && !Normalized(url).StartsWith("//", StringComparison.Ordinal);

    /// <summary>
    /// The scheme as a browser would read it (lower case, after dropping the whitespace and control
    /// characters browsers ignore, as in "java&#9;script:"), or null for a relative URL.
    /// </summary>
    private static string? Scheme(string? url)
    {
        var normalized = Normalized(url);
        var colon = normalized.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var end = normalized.AsSpan(0, colon).IndexOfAny('/', '?', '#');
        return end >= 0 ? null : normalized[..colon].ToLowerInvariant();
    }

    private static string Normalized(string? url) =>
        string.Concat((url ?? "").Where(c => c > ' ' && c != '\u007F')).Replace('\\', '/');
}
