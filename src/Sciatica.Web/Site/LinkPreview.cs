using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sciatica.Content.Articles;
using Sciatica.Content.Codes;

namespace Sciatica.Web.Site;

/// <summary>What link previews and search engines read: canonical URLs and schema.org JSON-LD for an article.</summary>
public sealed class LinkPreview(IOptions<SiteOptions> options)
{
    /// <summary>The default serializer escapes &lt;, &gt;, &amp; and quotes, so the JSON cannot close its script element.</summary>
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string Absolute(string path) => options.Value.Absolute(path);

    public string ImageUrl => Absolute("/og-image.png");

    /// <param name="codes">The diagnosis codes list: the page's declared codes become what it is <c>about</c>, with their names.</param>
    public string MedicalWebPage(Article article, CodeList codes)
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
            ["about"] = About(article, codes),
            ["audience"] = new Dictionary<string, object> { ["@type"] = "Patient" },
            ["citation"] = article.References.Select(r => Citation(r.Reference)).ToList(),
        };
        // Only a review that happened, of the text shown, is claimed: no review (or changed since), no lastReviewed.
        if (article.Review.CurrentReview is { } review)
        {
            page["lastReviewed"] = Date(review.Date);
            page["reviewedBy"] = new Dictionary<string, object> { ["@type"] = "Person", ["name"] = review.Name, ["jobTitle"] = review.Role };
        }

        return JsonSerializer.Serialize(page, Json);
    }

    /// <summary>
    /// One <c>MedicalCondition</c> per condition the page declares (codes grouped by their display name; a list when there
    /// are several), each with its codes as <c>MedicalCode</c>; a page that declares none is about sciatica in general.
    /// </summary>
    private static object About(Article article, CodeList codes)
    {
        var declared = article.FrontMatter.Codes.Select(d => codes.Find(d.System, d.Code)).OfType<DiagnosisCode>().ToList();
        if (declared.Count == 0)
        {
            return new Dictionary<string, object> { ["@type"] = "MedicalCondition", ["name"] = "Sciatica" };
        }

        List<Dictionary<string, object>> conditions = [.. declared.GroupBy(c => c.Display, StringComparer.OrdinalIgnoreCase).Select(g => new Dictionary<string, object>
        {
            ["@type"] = "MedicalCondition",
            ["name"] = g.First().Display,
            ["code"] = g.Select(c => new Dictionary<string, object> { ["@type"] = "MedicalCode", ["codeValue"] = c.Code, ["codingSystem"] = c.System.Title }).ToList(),
        })];
        return conditions.Count == 1 ? conditions[0] : conditions;
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
