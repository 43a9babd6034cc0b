namespace Sciatica.Web.Site;

/// <summary>The <c>Site</c> configuration section: where the site lives publicly, for canonical URLs, previews and QR codes.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public const string Name = "Sciatica explained";

    /// <summary>The public address, e.g. https://sciatica.example.org (no trailing slash needed). Required outside Development.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>
    /// True while <c>export</c> renders the site as plain files: <c>/search</c> then becomes a page that searches
    /// the copy's Pagefind index in the browser, since a static host cannot run the server's search.
    /// </summary>
    public bool StaticCopy { get; set; }

    /// <summary>Where readers report a mistake ("Report a problem with this page"); unset, the link is not shown.</summary>
    public string? FeedbackEmail { get; set; }

    /// <summary>The absolute URL of a path on this site ("/red-flags" → "https://…/red-flags").</summary>
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + path;
}
