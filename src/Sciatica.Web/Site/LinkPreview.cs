using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sciatica.Content.Articles;

namespace Sciatica.Web.Site;

/// <summary>What link previews and search engines read: canonical URLs and schema.org JSON-LD for an article.</summary>
public sealed class LinkPreview(IOptions<SiteOptions> options)
{
    /// <summary>The default serializer escapes &lt;, &gt;, &amp; and quotes, so the JSON cannot close its script element.</summary>
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string Absolute(string path) => options.Value.Absolute(path);

    public string ImageUrl => Absolute("/og-image.png");

    public string MedicalWebPage(Article article)
    {
        var front = article.FrontMatter;
        var page = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = front.Title,
            ["description"] = front.Summary,
            ["url"] = Absolute($"/{article.Slug}"),
            ["inLanguage"] = "en-GB",
            ["dateModified"] = Date(front.Updated),
            ["about"] = new Dictionary<string, object> { ["@type"] = "MedicalCondition", ["name"] = "Sciatica" },
            ["audience"] = new Dictionary<string, object> { ["@type"] = "Patient" },
            ["citation"] = article.References.Select(r => Citation(r.Reference)).ToList(),
        };
        // Only a review that happened is claimed: no review, no lastReviewed.
        if (front.Review is { } review)
        {
            page["lastReviewed"] = Date(review.Date);
            page["reviewedBy"] = new Dictionary<string, object> { ["@type"] = "Person", ["name"] = review.Name, ["jobTitle"] = review.Role };
        }

        return JsonSerializer.Serialize(page, Json);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, object> Citation(Sciatica.Content.References.Reference reference)
    {
        var work = new Dictionary<string, object> { ["@type"] = "CreativeWork", ["name"] = reference.Title };
        if (reference.Link is { } link)
        {
            work["url"] = link;
        }

        if (reference.Year is { } year)
        {
            work["datePublished"] = year.ToString(CultureInfo.InvariantCulture);
        }

        return work;
    }
}
