using System.Globalization;
using Sciatica.Content.Articles;
using Sciatica.Web.Site;

namespace Sciatica.Web.CiteThisPage;

/// <summary>What a reader needs to cite one article of the site: its title, address and the date its text last changed.</summary>
public sealed record PageCitation(string Slug, string Title, string Summary, string Url, DateOnly Updated)
{
    /// <summary>Left for the reader to fill in: the date they read the page.</summary>
    public const string CitedPlaceholder = "YYYY Mon DD";

    public static PageCitation For(Article article, SiteOptions site) =>
        new(article.Slug, article.Title, article.FrontMatter.Summary, site.Absolute($"/{article.Slug}"), article.FrontMatter.Updated);

    public string Site => SiteOptions.Name;

    /// <summary>The entry's key in BibTeX and CSL-JSON, and the downloaded file's name.</summary>
    public string Key => $"sciatica-explained-{Slug}";

    /// <summary>Citing Medicine puts ";" after the page's title unless the title ends with its own question or exclamation mark.</summary>
    private string TitleAndSeparator => Title.EndsWith('?') || Title.EndsWith('!') ? Title : $"{Title};";

    /// <summary>Vancouver (NLM Citing Medicine), part of a website: site, page title, dates, address.</summary>
    public string Vancouver =>
        $"{Site} [Internet]. {TitleAndSeparator} [updated {Updated.ToString("yyyy MMM d", CultureInfo.InvariantCulture)}; cited {CitedPlaceholder}]. Available from: {Url}";
}
