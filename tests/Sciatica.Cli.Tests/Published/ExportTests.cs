using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Sciatica.Cli.Export;
using Sciatica.Content.Tests;
using Sciatica.Web.Tests;

namespace Sciatica.Cli.Tests.Published;

/// <summary><c>export</c> as an editor runs it: the published CLI, started from a folder outside the repository.</summary>
[Collection(PublishedCliGroup.Name)]
public sealed class ExportTests(PublishedCli cli) : IDisposable
{
    private readonly TempContent _content = WithFourArticles();
    private readonly string _output = Path.Combine(Path.GetTempPath(), "sciatica-export-" + Guid.NewGuid().ToString("N"));

    private static TempContent WithFourArticles()
    {
        var content = new TempContent();
        content.WriteArticle("walking", "## Why walking helps\n\nWalking helps [@guide, rec. 1.1.4]. See [the signs](/signs#when-to-get-help) [@second, abstract].", order: 1);
        content.WriteArticle("signs", "## When to get help\n\nGet help for these [@guide, rec. 1.1.4]. Back to [walking](/walking) or [sources](/references#guide) [@guide, rec. 1.1.4].", order: 2);
        content.WriteArticle("plan", "A draft claim [@guide, rec. 1.1.4].", order: 3, extraFrontMatter: "draft: true");
        content.WriteArticle("red-flags", "Emergency signs [@guide, rec. 1.1.4].", order: 4); // every page's emergency banner links here
        return content;
    }

    private const string BaseUrl = "https://sciatica.test";

    private Task<(int Exit, string Output, string Error)> ExportAsync() => cli.RunAsync("export", _output, "--base-url", BaseUrl, "--content", _content.Root);

    [Fact]
    public async Task Every_exported_page_served_from_a_static_folder_is_identical_to_the_live_site()
    {
        var (exit, output, error) = await ExportAsync();
        Assert.True(exit == 0, output + error);

        // The live site as the site's own tests host it: its Program, its build's assets.
        using var live = new SiteFactory(_content.Root) { Settings = { ["Site:BaseUrl"] = BaseUrl } };
        using var liveClient = live.CreateClient(new() { AllowAutoRedirect = false });
        await using var server = await StaticFolderServer.StartAsync(_output);
        var urls = Directory.GetFiles(_output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_output, f).Replace('\\', '/'))
            .Where(f => f != ExportPaths.NotFoundPage)
            .Select(UrlOf)
            .ToList();
        // Only the copy has these: its in-browser search page and the Pagefind index (ExportSearchTests search them).
        var copyOnly = urls.Where(u => u == "/search" || u.StartsWith("/pagefind/", StringComparison.Ordinal)).ToList();
        Assert.Contains("/search", copyOnly);
        urls = [.. urls.Except(copyOnly)];

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
    public async Task Every_link_and_asset_on_every_exported_page_and_in_the_manifest_resolves_on_a_static_host()
    {
        await ExportAsync();
        await using var server = await StaticFolderServer.StartAsync(_output);
        var parser = new HtmlParser();
        var references = new List<(string From, string Link)>();
        foreach (var file in Directory.GetFiles(_output, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(await File.ReadAllTextAsync(file));
            var links = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!))
                .Concat(page.QuerySelectorAll("meta[content]").Select(e => e.GetAttribute("content")!));
            references.AddRange(links.Select(OnSite).OfType<string>().Select(link => (Path.GetRelativePath(_output, file), link)));
        }

        // What a phone reads when the copy is added to its home screen: the icons and start page.
        foreach (var file in Directory.GetFiles(_output, "*.webmanifest", SearchOption.AllDirectories))
        {
            using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            var root = manifest.RootElement;
            var links = root.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("src").GetString()!).Append(root.GetProperty("start_url").GetString()!);
            references.AddRange(links.Select(link => (Path.GetRelativePath(_output, file), link)));
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

    /// <summary>The path of a reference to this site (root-relative, or a full URL under the copy's address), or null.</summary>
    private static string? OnSite(string reference) =>
        reference.StartsWith(BaseUrl + "/", StringComparison.Ordinal) ? reference[BaseUrl.Length..]
        : reference.StartsWith('/') && !reference.StartsWith("//", StringComparison.Ordinal) ? reference
        : null;

    [Fact]
    public async Task A_page_the_site_links_to_that_does_not_exist_fails_the_export()
    {
        File.Delete(Path.Combine(_content.Root, "articles", "red-flags.md"));

        var (exit, _, error) = await ExportAsync();

        Assert.Equal(1, exit);
        Assert.Contains("/red-flags answered 404", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_folder_that_holds_something_else()
    {
        Directory.CreateDirectory(_output);
        File.WriteAllText(Path.Combine(_output, "notes.txt"), "mine");

        var (exit, _, error) = await ExportAsync();

        Assert.Equal(2, exit);
        Assert.Contains("does not look like an earlier export", error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_output, "notes.txt")));
    }

    [Fact]
    public async Task Replaces_an_earlier_export()
    {
        await ExportAsync();
        File.Delete(Path.Combine(_content.Root, "articles", "signs.md"));
        _content.WriteArticle("walking", "Walking helps [@guide, rec. 1.1.4] [@second, abstract].");

        Assert.Equal(0, (await ExportAsync()).Exit);
        Assert.False(Directory.Exists(Path.Combine(_output, "signs")));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public async Task Without_npm_the_site_is_still_written_and_one_line_says_search_was_not_built(bool requireSearch, int expectedExit)
    {
        // A PATH with the .NET host only: no node, npm or npx. The runtime's own folder is dotnet/shared/Microsoft.NETCore.App/VERSION.
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var bin = Directory.CreateDirectory(_output + "-bin").FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "dotnet"), Path.Combine(dotnetRoot, "dotnet"));
        string[] args = ["export", _output, "--base-url", BaseUrl, "--content", _content.Root, .. requireSearch ? new[] { "--require-search" } : []];
        var (exit, _, error) = await ExternalPrograms.RunAsync("env", [$"PATH={bin}", $"DOTNET_ROOT={dotnetRoot}", Path.Combine(cli.Folder, "Sciatica.Cli"), .. args], cli.Elsewhere);
        Directory.Delete(bin, recursive: true);

        Assert.Equal(expectedExit, exit);
        Assert.True(File.Exists(Path.Combine(_output, "walking", "index.html")));
        Assert.True(File.Exists(Path.Combine(_output, "search", "index.html")));
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("export: search was not built: Pagefind needs Node.js and npm", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "{out}", "--base-url", BaseUrl, "--content", "{missing}")]
    [InlineData("export", "{unwritable}", "--base-url", BaseUrl, "--content", "{content}")]
    [InlineData("export", "{out}", "--content", "{content}", "--base-url", "sciatica.example")]
    [InlineData("export", "{out}", "--content", "{content}", "--base-url", "http://localhost:8000")]
    [InlineData("export", "{out}", "--content", "{content}")]
    [InlineData("export", "--base-url", BaseUrl, "--content", "{content}")]
    public async Task An_expected_failure_says_what_to_do_without_a_stack_trace(params string[] args)
    {
        var blocker = Path.Combine(_output + "-file");
        File.WriteAllText(blocker, "a file where a folder would go");
        var expanded = args.Select(a => a
            .Replace("{out}", _output, StringComparison.Ordinal)
            .Replace("{missing}", Path.Combine(_content.Root, "nowhere"), StringComparison.Ordinal)
            .Replace("{unwritable}", Path.Combine(blocker, "site"), StringComparison.Ordinal)
            .Replace("{content}", _content.Root, StringComparison.Ordinal)).ToArray();

        var (exit, output, error) = await cli.RunAsync(expanded);
        File.Delete(blocker);

        Assert.Equal(2, exit);
        Assert.NotEmpty(error.Trim());
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
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
