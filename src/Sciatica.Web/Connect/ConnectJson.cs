using System.Text.Json;
using Sciatica.Web.Site;

namespace Sciatica.Web.Connect;

/// <summary>
/// The JSON answer: the Atom feed rendered as MedlinePlus Connect renders it, <c>{"feed": {...}}</c> with each text
/// element's text under <c>_value</c>, attributes as plain keys, and <c>link</c> and <c>category</c> as arrays.
/// </summary>
public static class ConnectJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Render(ConnectFeed feed)
    {
        var request = feed.Request;
        var body = new Dictionary<string, object>
        {
            ["lang"] = "en",
            ["title"] = Text(feed.Title),
            ["subtitle"] = Text(ConnectAtom.Subtitle(feed)),
            ["id"] = Value(feed.Id),
            ["updated"] = Value(ConnectAtom.Timestamp(feed.Updated)),
            ["author"] = new Dictionary<string, object> { ["name"] = Value(SiteOptions.Name), ["uri"] = Value(feed.SiteUrl) },
            ["category"] = new[]
            {
                Category(ConnectRequest.CodeParameter, request.Code, null),
                Category(ConnectRequest.SystemParameter, request.System.Oid, request.System.Title),
            },
            ["entry"] = feed.Entries.Select(e => Entry(e, request.MarkLanguage)).ToList(),
        };
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["feed"] = body }, Options);
    }

    private static Dictionary<string, object> Entry(ConnectEntry entry, bool markLanguage)
    {
        var front = entry.Article.FrontMatter;
        var review = entry.Article.Review;
        var json = new Dictionary<string, object>
        {
            ["title"] = Text(front.Title),
            ["link"] = new[] { new Dictionary<string, string> { ["href"] = entry.Url, ["rel"] = "alternate", ["type"] = "text/html", ["hreflang"] = "en" } },
            ["id"] = Value(entry.Url),
            ["updated"] = Value(ConnectAtom.Timestamp(front.Updated)),
            ["summary"] = Text(front.Summary),
            ["category"] = entry.Codes.Select(c => Category(c.System.Oid, c.Code, c.Display)).Prepend(Category(ConnectAtom.ReviewScheme, review.Term, review.Sentence)).ToList(),
        };
        if (markLanguage)
        {
            json["lang"] = "en";
        }

        return json;
    }

    private static Dictionary<string, string> Text(string text) => new() { ["_value"] = text, ["type"] = "text" };

    private static Dictionary<string, string> Value(string text) => new() { ["_value"] = text };

    private static Dictionary<string, string> Category(string scheme, string term, string? label)
    {
        var category = new Dictionary<string, string> { ["scheme"] = scheme, ["term"] = term };
        if (label is not null)
        {
            category["label"] = label;
        }

        return category;
    }
}
