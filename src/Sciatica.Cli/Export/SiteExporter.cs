using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Sciatica.Cli.Export;

/// <summary>
/// Fetches every page and file of the site from the in-process host and writes it as a plain file. Starts from
/// the home page, the references page, the feed, the sitemap and every published article, then follows every link,
/// stylesheet, script and image the pages name, what their meta tags name by full address (the link-preview image),
/// every <c>url()</c> in a stylesheet and every path in the web app manifest (its icons), so new pages and assets
/// are exported without a list.
/// </summary>
/// <param name="siteAddress">The address the copy is served from: a full URL under it names a file of the site.</param>
public sealed partial class SiteExporter(HttpClient client, string outputFolder, Uri siteAddress)
{
    /// <summary>A path no article can have (slugs have no dots), so the site answers with its real 404 page.</summary>
    public const string MissingPagePath = "/export-404.html";

    private static readonly HtmlParser Parser = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _queue = new();

    public List<string> Written { get; } = [];

    public List<string> Problems { get; } = [];

    [GeneratedRegex(@"url\(\s*['""]?(?<url>/[^'"")\s]+)", RegexOptions.CultureInvariant)]
    private static partial Regex CssUrl();

    /// <param name="startPaths">Pages that must exist.</param>
    public async Task ExportAsync(IEnumerable<string> startPaths)
    {
        foreach (var path in startPaths)
        {
            Enqueue(path);
        }

        while (_queue.TryDequeue(out var url))
        {
            await FetchAsync(url);
        }

        var notFound = await client.GetAsync(new Uri(MissingPagePath, UriKind.Relative));
        await WriteAsync(ExportPaths.NotFoundPage, await notFound.Content.ReadAsByteArrayAsync());
    }

    private void Enqueue(string url)
    {
        if (_seen.Add(url))
        {
            _queue.Enqueue(url);
        }
    }

    private async Task FetchAsync(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Problems.Add($"{url} answered {(int)response.StatusCode}");
            return;
        }

        var body = await response.Content.ReadAsByteArrayAsync();
        await WriteAsync(ExportPaths.FileFor(ExportPaths.LocalPath(url)!), body);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType == "text/html")
        {
            FollowHtml(System.Text.Encoding.UTF8.GetString(body));
        }
        else if (mediaType == "text/css")
        {
            foreach (Match match in CssUrl().Matches(System.Text.Encoding.UTF8.GetString(body)))
            {
                Enqueue(match.Groups["url"].Value);
            }
        }
        else if (mediaType == "application/manifest+json")
        {
            using var manifest = JsonDocument.Parse(body);
            foreach (var value in Strings(manifest.RootElement))
            {
                Follow(value);
            }
        }
    }

    /// <summary>Every string in a JSON document (the manifest's icons, start URL, scope), wherever it sits.</summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private void FollowHtml(string html)
    {
        using var document = Parser.ParseDocument(html);
        var references = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href"))
            .Concat(document.QuerySelectorAll("script[src], img[src], source[src]").Select(e => e.GetAttribute("src")))
            .Concat(document.QuerySelectorAll("meta[content]").Select(e => e.GetAttribute("content")));
        foreach (var reference in references.OfType<string>())
        {
            Follow(reference);
        }
    }

    /// <summary>Queues a reference if it names something on this site: a root-relative path, or a full URL under the site's address.</summary>
    private void Follow(string reference)
    {
        if (Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            if (Uri.Compare(absolute, siteAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return;
            }

            reference = absolute.PathAndQuery + absolute.Fragment;
        }

        if (ExportPaths.LocalPath(reference) is { } path)
        {
            // Assets keep their query (?v=hash) when fetched; pages are written once, whatever the query.
            Enqueue(reference.Contains('?', StringComparison.Ordinal) && Path.HasExtension(path) ? reference.Split('#')[0] : path);
        }
    }

    private async Task WriteAsync(string relativePath, byte[] body)
    {
        var path = Path.Combine(outputFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, body);
        Written.Add(relativePath);
    }
}
