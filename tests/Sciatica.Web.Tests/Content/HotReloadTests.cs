using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Tests.Content;

/// <summary>Editing content while the site runs: good edits show up, bad edits never take a page down.</summary>
public sealed class HotReloadTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly SiteFactory _site;
    private readonly HttpClient _client;

    public HotReloadTests()
    {
        _content.Write("first", TempContent.Article("First article", 1, "Moving helps most people [@guide, rec. 1.1.4].\n\n- Walk a little each day [@second, abstract]."));
        _content.Write("second", TempContent.Article("Second article", 2));
        _content.WriteBlock("see-a-gp.md", "See a GP if the pain lasts [@guide, rec. 1.1.4].\n");
        _site = new SiteFactory(_content.Root);
        _client = _site.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task An_edit_shows_up_without_a_restart_and_replaces_the_cached_page()
    {
        Assert.Contains("First article", await Html("/first"), StringComparison.Ordinal);
        _content.Write("first", Read("first").Replace("title: First article", "title: Edited article", StringComparison.Ordinal));
        await Reloaded(() => Html("/first"), html => html.Contains("Edited article", StringComparison.Ordinal), "the edited title");
        await Reloaded(() => Html("/second"), html => html.Contains("Edited article", StringComparison.Ordinal), "the edited title in the navigation of other pages");
    }

    [Fact]
    public async Task After_an_edit_every_page_is_rendered_again_before_anyone_asks_for_it()
    {
        var store = _site.Services.GetRequiredService<ContentStore>();
        var cache = _site.Services.GetRequiredService<CachedPages>();
        var before = store.Current;
        _content.Write("first", Read("first").Replace("title: First article", "title: Edited article", StringComparison.Ordinal));
        await Reloaded(() => Task.FromResult(store.Current), current => current != before, "the reload");

        // No request is made: the pages of the new content are kept by the warm-up alone.
        string[] published = ["/", "/first", "/second", "/references"];
        await Reloaded(() => Task.FromResult(published.All(p => cache.TryGet(p, out _))), warm => warm, "every page of the new content in the page cache");
        Assert.True(cache.TryGet("/second", out var second));
        Assert.Contains("Edited article", Encoding.UTF8.GetString(second.Plain.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_request_can_be_a_search_and_a_search_after_an_edit_finds_the_new_words()
    {
        // The first request to this fresh site is a search: it answers from the index, built then if the warm-up has not yet.
        Assert.Equal(["/first"], await Found("moving"));
        Assert.Empty(await Found("hamstring"));

        _content.Write("second", TempContent.Article("Second article", 2, "Stretch the hamstring gently [@guide, rec. 1.1.4]."));
        await Reloaded(() => Found("hamstring"), found => found.SequenceEqual(["/second"]), "the new word in the search results");
    }

    public static TheoryData<string, Func<string, byte[]>> BadEdits => new()
    {
        { "bad YAML", good => Encoding.UTF8.GetBytes(good.Replace("title: First article", "title: [unclosed", StringComparison.Ordinal)) },
        { "a claim without citation", good => Encoding.UTF8.GetBytes(good + "\nThis claim has no source.\n") },
        { "bytes that are not UTF-8", good => [.. Encoding.UTF8.GetBytes(good.Replace("First article", "Broken", StringComparison.Ordinal)), 0xC3, 0x28, 0xFF] },
        { "a half-written file", good => Encoding.UTF8.GetBytes(good[..40]) },
        { "an empty file", _ => [] },
    };

    [Theory]
    [MemberData(nameof(BadEdits))]
    public async Task A_bad_edit_keeps_the_last_good_page_and_degrades_health_until_fixed(string what, Func<string, byte[]> breakIt)
    {
        var good = Read("first");
        var before = await Html("/first");
        _content.WriteBytes("first", breakIt(good));

        var health = await Reloaded(() => Health(), h => h.StartsWith("Degraded", StringComparison.Ordinal), $"health to notice {what}");
        Assert.Contains("first.md", health, StringComparison.Ordinal);
        var response = await _client.GetAsync(new Uri("/first", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(">First article</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        _content.Write("first", good.Replace("title: First article", "title: Fixed article", StringComparison.Ordinal));
        await Reloaded(() => Health(), h => h.StartsWith("Healthy", StringComparison.Ordinal), "health to recover");
        Assert.Contains("Fixed article", await Html("/first"), StringComparison.Ordinal);
        Assert.NotEqual(before, await Html("/first"));
    }

    [Fact]
    public async Task Deleting_a_file_unpublishes_that_page_only()
    {
        Assert.Equal(HttpStatusCode.OK, await Status("/second"));
        File.Delete(Path("second"));
        await Reloaded(() => Status("/second"), s => s == HttpStatusCode.NotFound, "the deleted page to go");
        Assert.Equal(HttpStatusCode.OK, await Status("/first"));
        Assert.StartsWith("Healthy", await Health(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_a_file_moves_the_page()
    {
        Assert.Equal(HttpStatusCode.OK, await Status("/second"));
        File.Move(Path("second"), Path("renamed"));
        await Reloaded(() => Status("/renamed"), s => s == HttpStatusCode.OK, "the page at its new address");
        Assert.Equal(HttpStatusCode.NotFound, await Status("/second"));
    }

    [Fact]
    public async Task A_new_file_is_published()
    {
        _content.Write("third", TempContent.Article("Third article", 3));
        await Reloaded(() => Status("/third"), s => s == HttpStatusCode.OK, "the new page");
        Assert.Contains(">Third article</h1>", await Html("/third"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_block_edit_shows_up_on_the_pages_that_place_it_and_a_broken_block_keeps_their_last_good_version()
    {
        _content.Write("second", TempContent.Article("Second article", 2, "--8<-- \"see-a-gp.md\""));
        await Reloaded(() => Html("/second"), html => html.Contains("if the pain lasts", StringComparison.Ordinal), "the placed block");

        _content.WriteBlock("see-a-gp.md", "See a GP if the pain lasts six weeks [@guide, rec. 1.1.4].\n");
        await Reloaded(() => Html("/second"), html => html.Contains("lasts six weeks", StringComparison.Ordinal), "the edited block");

        _content.WriteBlock("see-a-gp.md", "A line with no source.\n");
        var health = await Reloaded(() => Health(), h => h.StartsWith("Degraded", StringComparison.Ordinal), "health to notice the broken block");
        Assert.Contains("see-a-gp.md", health, StringComparison.Ordinal);
        Assert.Contains("lasts six weeks", await Html("/second"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await Status("/first"));
    }

    /// <summary>
    /// Waits for the site to show the edit: the file watcher's event comes in real time, its quiet period runs on
    /// the site's fake clock, moved on by <see cref="ContentWatcher.QuietPeriod"/> at each look.
    /// </summary>
    private Task<T> Reloaded<T>(Func<Task<T>> read, Func<T, bool> done, string what) =>
        Eventually.Get(
            () =>
            {
                _site.Clock.Advance(ContentWatcher.QuietPeriod);
                return read();
            },
            done,
            what);

    private string Path(string slug) => System.IO.Path.Combine(_content.Root, "articles", slug + ".md");

    private string Read(string slug) => File.ReadAllText(Path(slug));

    private async Task<string> Html(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The pages a search lists, in order.</summary>
    private async Task<List<string>> Found(string query)
    {
        var page = await _site.GetDocumentAsync($"/search?q={query}");
        return [.. page.QuerySelectorAll(".search-results > li h2 a").Select(a => a.GetAttribute("href")!.Split('#')[0])];
    }

    private async Task<HttpStatusCode> Status(string url) =>
        (await _client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode;

    private Task<string> Health() => _client.GetStringAsync(new Uri("/healthz", UriKind.Relative));
}
