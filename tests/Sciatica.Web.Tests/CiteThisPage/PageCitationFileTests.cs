using System.Net;
using System.Text.Json;

namespace Sciatica.Web.Tests.CiteThisPage;

public sealed class PageCitationFileTests(SiteFactoryFixture site) : IClassFixture<SiteFactoryFixture>
{
    private const string PageUrl = "http://localhost:5080/first";

    [Fact]
    public async Task The_article_ends_with_a_closed_cite_this_page_disclosure_in_vancouver_style()
    {
        var page = await site.Development.GetDocumentAsync("/first");
        var cite = page.Required("article > details.cite-this-page");
        Assert.Same(cite, page.Required("article").LastElementChild);
        Assert.False(cite.HasAttribute("open"));
        Assert.Equal("Cite this page", cite.Required("summary").TextContent);
        Assert.Equal(
            $"Sciatica explained [Internet]. First article; [updated 2026 Nov 24; cited YYYY Mon DD]. Available from: {PageUrl}",
            cite.Required(".cite-text").TextContent);
        Assert.Equal(["RIS", "BibTeX", "CSL-JSON"], cite.QuerySelectorAll("a[download]").Select(a => a.TextContent));
    }

    [NeedsTheory(Tool.CitationJs)]
    [InlineData("RIS", "application/x-research-info-systems")]
    [InlineData("BibTeX", "application/x-bibtex")]
    [InlineData("CSL-JSON", "application/vnd.citationstyles.csl+json")]
    public async Task Each_download_is_read_by_a_reference_manager_as_this_page(string label, string mediaType)
    {
        var link = (await site.Development.GetDocumentAsync("/first")).QuerySelectorAll(".cite-this-page a[download]").Single(a => a.TextContent == label);
        var response = await site.Development.CreateClient().GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{link.GetAttribute("download")}");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        try
        {
            var entry = Assert.Single(await CitationJs.ReadAsync(file));
            Assert.Equal("First article", entry.GetProperty("title").GetString());
            Assert.Equal(PageUrl, entry.GetProperty("URL").GetString());
            Assert.Equal("[[2026,11,24]]", entry.GetProperty("issued").GetProperty("date-parts").GetRawText());
            // The site is the author (one organisation's name) and the publisher in every format, so APA reads the same.
            var author = Assert.Single(entry.GetProperty("author").EnumerateArray().ToList());
            Assert.Equal("Sciatica explained", (author.TryGetProperty("literal", out var literal) ? literal : author.GetProperty("family")).GetString());
            Assert.Equal("Sciatica explained", entry.GetProperty("publisher").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [NeedsFact(Tool.CitationJs)]
    public async Task The_bibtex_gives_the_month_for_styles_that_read_year_and_month_only()
    {
        var bibtex = await site.Development.CreateClient().GetStringAsync(new Uri("/first/cite.bib", UriKind.Relative));
        Assert.Contains("  month = nov,\n", bibtex, StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.bib");
        await File.WriteAllTextAsync(file, string.Join('\n', bibtex.Split('\n').Where(line => !line.TrimStart().StartsWith("date =", StringComparison.Ordinal))));
        try
        {
            var entry = Assert.Single(await CitationJs.ReadAsync(file));
            Assert.Equal("[[2026,11]]", entry.GetProperty("issued").GetProperty("date-parts").GetRawText());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_csl_json_is_an_array_with_one_webpage_of_the_site()
    {
        using var json = JsonDocument.Parse(await site.Development.CreateClient().GetStringAsync(new Uri("/first/cite.json", UriKind.Relative)));
        var entry = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("webpage", entry.GetProperty("type").GetString());
        Assert.Equal("Sciatica explained", entry.GetProperty("container-title").GetString());
        Assert.Equal(PageUrl, entry.GetProperty("URL").GetString());
    }

    [Fact]
    public async Task Citation_files_are_kept_like_pages()
    {
        var client = site.Production.CreateClient();
        var first = await client.GetAsync(new Uri("/first/cite.bib", UriKind.Relative));
        var second = await client.GetAsync(new Uri("/first/cite.bib", UriKind.Relative));
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Contains("max-age=60", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page/cite.ris")]
    [InlineData("/broken/cite.ris")]
    [InlineData("/first/cite.pdf")]
    public async Task A_citation_of_no_published_page_or_format_is_the_friendly_404(string url)
    {
        var (response, page) = await site.Production.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector("h1"));
    }
}
