using System.Net;
using System.Text;
using Sciatica.Web.Site;

namespace Sciatica.Web.Connect;

/// <summary>
/// The HTML answer: a small page of links a record system can open in a panel or a new window, each page with its
/// summary, when it was updated and where its review stands. The site's stylesheet, no script, nothing from elsewhere.
/// </summary>
public static class ConnectHtml
{
    public static string Render(ConnectFeed feed)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>").Append(Encode(feed.Title)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n<main class=\"connect\">\n")
            .Append("<h1>").Append(Encode(feed.Title)).Append("</h1>\n")
            .Append("<p>").Append(Encode(ConnectAtom.Subtitle(feed))).Append("</p>\n");
        if (feed.Entries.Count > 0)
        {
            html.Append("<ul class=\"connect-results\">\n");
            foreach (var entry in feed.Entries)
            {
                var front = entry.Article.FrontMatter;
                html.Append("<li>")
                    .Append(feed.Request.MarkLanguage ? "<a hreflang=\"en\" lang=\"en\" href=\"" : "<a href=\"").Append(Encode(entry.Url)).Append("\">")
                    .Append(Encode(front.Title)).Append("</a>")
                    .Append("<p>").Append(Encode(front.Summary)).Append("</p>")
                    .Append("<p class=\"review-dates\">Updated ").Append(Encode(front.Updated.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)))
                    .Append(" · ").Append(Encode(entry.Article.Review.Sentence)).Append("</p>")
                    .Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<p><a href=\"").Append(Encode(feed.SiteUrl)).Append("\">").Append(Encode(SiteOptions.Name)).Append("</a></p>\n")
            .Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
