using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Sciatica.Cli.Export;

namespace Sciatica.Cli.Tests.Published;

/// <summary><c>export</c> writes a copy a static host serves as the live site (run in process; <see cref="ExportRepeatTests"/> runs the published tool).</summary>
public sealed class ExportTests : IDisposable
{
    private readonly FourArticleExport _export = new();

    [Fact]
    public async Task Every_exported_page_served_from_a_static_folder_is_identical_to_the_live_site()
    {
        var (exit, output, error) = await _export.RunAsync();
        Assert.True(exit == 0, output + error);

        // The live site as the site's own tests host it: its Program, its build's assets.
        using var live = new SiteFactory(_export.Content.Root) { Settings = { ["Site:BaseUrl"] = FourArticleExport.BaseUrl } };
        using var liveClient = live.CreateClient(new() { AllowAutoRedirect = false });
        await using var server = await StaticFolderServer.StartAsync(_export.Output);
        var urls = Directory.GetFiles(_export.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_export.Output, f).Replace('\\', '/'))
            .Where(f => f != ExportPaths.NotFoundPage)
            .Select(FourArticleExport.UrlOf)
            .ToList();
        // Only the copy has these: its in-browser search page and the Pagefind index (ExportSearchTests search them).
        var copyOnly = urls.Where(u => u == "/search" || u.StartsWith("/pagefind/", StringComparison.Ordinal)).ToList();
        Assert.Contains("/search", copyOnly);
        urls = [.. urls.Except(copyOnly)];

        Assert.Superset(new HashSet<string> { "/", "/walking", "/signs", "/references", "/about", "/feed.xml", "/sitemap.xml" }, urls.ToHashSet());
        Assert.DoesNotContain("/plan", urls);
        Assert.Contains(urls, u => u.StartsWith("/css/", StringComparison.Ordinal));
        foreach (var url in urls)
        {
            var exported = await server.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
            Assert.Equal(await liveClient.GetByteArrayAsync(new Uri(url, UriKind.Relative)), await exported.Content.ReadAsByteArrayAsync());
        }

        var missing = await server.GetAsync("/no-such-page");
        var liveMissing = await liveClient.GetAsync(new Uri("/no-such-page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await liveMissing.Content.ReadAsStringAsync(), await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_link_and_asset_on_every_exported_page_and_in_the_manifest_resolves_on_a_static_host()
    {
        await _export.RunAsync();
        await using var server = await StaticFolderServer.StartAsync(_export.Output);
        var parser = new HtmlParser();
        var references = new List<(string From, string Link)>();
        foreach (var file in Directory.GetFiles(_export.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(await File.ReadAllTextAsync(file));
            var links = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!))
                .Concat(page.QuerySelectorAll("meta[content]").Select(e => e.GetAttribute("content")!));
            references.AddRange(links.Select(OnSite).OfType<string>().Select(link => (Path.GetRelativePath(_export.Output, file), link)));
        }

        // What a phone reads when the copy is added to its home screen: the icons and the start page.
        foreach (var file in Directory.GetFiles(_export.Output, "*.webmanifest", SearchOption.AllDirectories))
        {
            using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            var root = manifest.RootElement;
            var links = root.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("src").GetString()!).Append(root.GetProperty("start_url").GetString()!);
            references.AddRange(links.Select(link => (Path.GetRelativePath(_export.Output, file), link)));
        }

        Assert.Contains(references, r => r.Link == "/icon-512.png");
        Assert.Contains(references, r => r.Link == "/og-image.png");
        foreach (var (from, link) in references.Distinct())
        {
            var (path, anchor) = link.Split('#') is [var p, var a] ? (p, a) : (link, null);
            var response = await server.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{from} links to {link}: {(int)response.StatusCode}");
            if (anchor is not null)
            {
                var target = parser.ParseDocument(await response.Content.ReadAsStringAsync());
                Assert.True(target.GetElementById(anchor) is not null, $"{link}: no element with id '{anchor}'");
            }
        }
    }

    [Fact]
    public async Task A_decision_aid_in_the_static_copy_is_the_live_page_with_its_grid_picture_and_answers_that_submit_nowhere()
    {
        _export.Content.WriteArticle("choosing", DecisionAid, order: 5);
        var (exit, output, error) = await _export.RunAsync();
        Assert.True(exit == 0, output + error);

        using var live = new SiteFactory(_export.Content.Root) { Settings = { ["Site:BaseUrl"] = FourArticleExport.BaseUrl } };
        using var liveClient = live.CreateClient();
        await using var server = await StaticFolderServer.StartAsync(_export.Output);
        var exported = await (await server.GetAsync("/choosing")).Content.ReadAsStringAsync();
        Assert.Equal(await liveClient.GetStringAsync(new Uri("/choosing", UriKind.Relative)), exported);

        var page = new HtmlParser().ParseDocument(exported);
        Assert.Equal(["Wait", "Operation"], page.QuerySelectorAll(".option-grid thead th[scope=col]").Select(th => th.TextContent));
        Assert.Equal(40, page.QuerySelectorAll("figure.icon-array svg use.filled").Length);
        var controls = page.QuerySelectorAll(".form-block input, .form-block textarea");
        Assert.True(controls.Length >= 3, "the answers are drawn as controls");
        // Nothing a reader ticks can be sent: no control sits inside a form.
        Assert.All(controls, control => Assert.Null(control.Closest("form")));
    }

    private const string DecisionAid = """
        ::: option-grid Your options side by side
        | | Wait | Operation |
        |---|---|---|
        | How soon? | Weeks [@guide, rec. 1.1.4] | Sooner [@second, abstract] |
        | Risks? | None from a procedure [@guide, rec. 1.1.9] | Some [@second, abstract] |
        :::

        ::: icon-array people in a test trial followed for 6 to 8 weeks
        In the trial, 40 in 100 people improved [@guide, rec. 1.1.4].
        :::

        ::: choose-one Which way are you leaning?
        - Waiting
        - An operation
        :::

        ::: write Other questions
        :::
        """;

    /// <summary>The path of a reference to this site (root-relative, or a full URL under the copy's address), or null.</summary>
    private static string? OnSite(string reference) =>
        reference.StartsWith(FourArticleExport.BaseUrl + "/", StringComparison.Ordinal) ? reference[FourArticleExport.BaseUrl.Length..]
        : reference.StartsWith('/') && !reference.StartsWith("//", StringComparison.Ordinal) ? reference
        : null;

    public void Dispose() => _export.Dispose();
}
