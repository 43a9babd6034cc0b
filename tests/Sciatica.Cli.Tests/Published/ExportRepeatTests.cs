namespace Sciatica.Cli.Tests.Published;

/// <summary>Running <c>export</c> again, and on a machine without Node.js.</summary>
public sealed class ExportRepeatTests(PublishedCli cli) : IClassFixture<PublishedCli>, IDisposable
{
    private readonly FourArticleExport _export = new(cli);

    [Fact]
    public async Task Replaces_an_earlier_export()
    {
        await _export.RunAsync();
        File.Delete(Path.Combine(_export.Content.Root, "articles", "signs.md"));
        _export.Content.WriteArticle("walking", "Walking helps [@guide, rec. 1.1.4] [@second, abstract].");

        Assert.Equal(0, (await _export.RunAsync()).Exit);
        Assert.False(Directory.Exists(Path.Combine(_export.Output, "signs")));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public async Task Without_npm_the_site_is_still_written_and_one_line_says_search_was_not_built(bool requireSearch, int expectedExit)
    {
        // The published CLI runs on a PATH with the .NET host only: no node, npm or npx.
        string[] args = ["export", _export.Output, "--base-url", FourArticleExport.BaseUrl, "--content", _export.Content.Root, .. requireSearch ? new[] { "--require-search" } : []];
        var (exit, _, error) = await cli.RunAsync(args);

        Assert.Equal(expectedExit, exit);
        Assert.True(File.Exists(Path.Combine(_export.Output, "walking", "index.html")));
        Assert.True(File.Exists(Path.Combine(_export.Output, "search", "index.html")));
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("export: search was not built: Pagefind needs Node.js and npm", line, StringComparison.Ordinal);
    }

    public void Dispose() => _export.Dispose();
}
