namespace Sciatica.Cli.Tests.Published;

/// <summary>Running <c>export</c> again, and the published tool on a machine without Node.js.</summary>
public sealed class ExportRepeatTests(PublishedCli cli) : IClassFixture<PublishedCli>, IDisposable
{
    private readonly FourArticleExport _export = new();

    [Fact]
    public async Task Replaces_an_earlier_export()
    {
        await _export.RunAsync();
        File.Delete(Path.Combine(_export.Content.Root, "articles", "signs.md"));
        _export.Content.WriteArticle("walking", "Walking helps [@guide, rec. 1.1.4] [@second, abstract].");

        Assert.Equal(0, (await _export.RunAsync()).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_export.Output, "signs")));
    }

    [Fact]
    public async Task The_published_tool_without_npm_still_writes_the_site_and_one_line_says_search_was_not_built()
    {
        // The published CLI runs on a PATH with the .NET host only: no node, npm or npx.
        var (exit, _, error) = await cli.RunAsync("export", _export.Output, "--base-url", FourArticleExport.BaseUrl, "--content", _export.Content.Root);

        Assert.Equal(0, exit);
        AssertWrittenWithoutSearch(error);
    }

    [Fact]
    public async Task Requiring_search_without_npm_fails_the_export_but_still_writes_the_site()
    {
        // In process, export finds no npx either (see Cli).
        var (exit, _, error) = await Cli.RunAsync("export", _export.Output, "--base-url", FourArticleExport.BaseUrl, "--content", _export.Content.Root, "--require-search");

        Assert.Equal(1, exit);
        AssertWrittenWithoutSearch(error);
    }

    private void AssertWrittenWithoutSearch(string error)
    {
        Assert.True(File.Exists(Path.Combine(_export.Output, "walking", "index.html")));
        Assert.True(File.Exists(Path.Combine(_export.Output, "search", "index.html")));
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("export: search was not built: Pagefind needs Node.js and npm", line, StringComparison.Ordinal);
    }

    public void Dispose() => _export.Dispose();
}
