using System.Net;
using AngleSharp.Html.Parser;
using Sciatica.Cli.Export;
using Sciatica.Content.Tests;

namespace Sciatica.Cli.Tests.Export;

public sealed class ExportVerbTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly string _output = Path.Combine(Path.GetTempPath(), "sciatica-export-" + Guid.NewGuid().ToString("N"));

    public ExportVerbTests()
    {
        _content.WriteArticle("walking", "## Why walking helps\n\nWalking helps [@guide, rec. 1.1.4]. See [the signs](/signs#when-to-get-help) [@second, abstract].", order: 1);
        _content.WriteArticle("signs", "## When to get help\n\nGet help for these [@guide, rec. 1.1.4]. Back to [walking](/walking) or [sources](/references#guide) [@guide, rec. 1.1.4].", order: 2);
        _content.WriteArticle("plan", "A draft claim [@guide, rec. 1.1.4].", order: 3, extraFrontMatter: "draft: true");
        _content.WriteArticle("red-flags", "Emergency signs [@guide, rec. 1.1.4].", order: 4); // every page's emergency banner links here
    }

    [Fact]
    public async Task Every_exported_page_served_from_a_static_folder_is_identical_to_the_live_site()
    {
        Assert.Equal(0, Cli.Run("export", _output, "--content", _content.Root).ExitCode);

        using var live = new InProcessSite(_content.Root, baseUrl: null);
        using var liveClient = live.CreateExportClient();
        await using var server = await StaticFolderServer.StartAsync(_output);
        var urls = Directory.GetFiles(_output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_output, f).Replace('\\', '/'))
            .Where(f => f != ExportPaths.NotFoundPage)
            .Select(UrlOf)
            .ToList();

        Assert.Superset(new HashSet<string> { "/", "/walking", "/signs", "/references", "/feed.xml", "/sitemap.xml" }, urls.ToHashSet());
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
    public async Task Every_link_and_asset_on_every_exported_page_resolves_on_a_static_host()
    {
        Cli.Run("export", _output, "--content", _content.Root);
        await using var server = await StaticFolderServer.StartAsync(_output);
        var parser = new HtmlParser();

        foreach (var file in Directory.GetFiles(_output, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(await File.ReadAllTextAsync(file));
            var links = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!))
                .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal));
            foreach (var link in links.Distinct())
            {
                var (path, anchor) = link.Split('#') is [var p, var a] ? (p, a) : (link, null);
                var response = await server.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{Path.GetRelativePath(_output, file)} links to {link}: {(int)response.StatusCode}");
                if (anchor is not null)
                {
                    var target = parser.ParseDocument(await response.Content.ReadAsStringAsync());
                    Assert.True(target.GetElementById(anchor) is not null, $"{link}: no element with id '{anchor}'");
                }
            }
        }
    }

    [Fact]
    public void A_page_the_site_links_to_that_does_not_exist_fails_the_export()
    {
        File.Delete(Path.Combine(_content.Root, "articles", "red-flags.md"));

        var (exit, _, error) = Cli.Run("export", _output, "--content", _content.Root);

        Assert.Equal(1, exit);
        Assert.Contains("/red-flags answered 404", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_folder_that_holds_something_else()
    {
        Directory.CreateDirectory(_output);
        File.WriteAllText(Path.Combine(_output, "notes.txt"), "mine");

        Assert.Equal(2, Cli.Run("export", _output, "--content", _content.Root).ExitCode);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_output, "notes.txt")));
    }

    [Fact]
    public void Replaces_an_earlier_export()
    {
        Cli.Run("export", _output, "--content", _content.Root);
        File.Delete(Path.Combine(_content.Root, "articles", "signs.md"));
        _content.WriteArticle("walking", "Walking helps [@guide, rec. 1.1.4] [@second, abstract].");

        Assert.Equal(0, Cli.Run("export", _output, "--content", _content.Root).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_output, "signs")));
    }

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    /// <summary>The site URL an exported file answers: <c>walking/index.html</c> is <c>/walking</c>.</summary>
    private static string UrlOf(string file) =>
        file == "index.html" ? "/" : "/" + (file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"/index.html".Length] : file);
}
