namespace Sciatica.Cli.Export;

/// <summary>
/// Where a site URL goes in the exported folder. Pages become <c>slug/index.html</c>, which every static host
/// serves for <c>/slug</c> with no configuration; files with an extension keep their path.
/// </summary>
public static class ExportPaths
{
    public const string NotFoundPage = "404.html";

    public static string FileFor(string urlPath)
    {
        var path = urlPath.Trim('/');
        if (path.Length == 0)
        {
            return "index.html";
        }

        return Path.HasExtension(path.Split('/')[^1]) ? path : path + "/index.html";
    }

    /// <summary>The path of a link on the site, without query or fragment, or null when it leaves the site.</summary>
    public static string? LocalPath(string href)
    {
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var end = href.IndexOfAny(['?', '#']);
        return end < 0 ? href : href[..end];
    }
}
