using System.Text.Json;

namespace Sciatica.Web.Tests.Pages.Layout;

public sealed class LinkPreviewTests : IDisposable
{
    private const string BaseUrl = "https://sciatica.example.org";

    private readonly SiteFactory _site = new() { Settings = { ["Site:BaseUrl"] = BaseUrl } };

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Articles_have_title_description_canonical_and_open_graph_tags()
    {
        var page = await _site.GetDocumentAsync("/first");
        Assert.Equal("First article · Sciatica explained", page.Title);
        Assert.Equal("The first test article.", page.Required("meta[name=description]").GetAttribute("content"));
        Assert.Equal($"{BaseUrl}/first", page.Required("link[rel=canonical]").GetAttribute("href"));
        string Og(string property) => page.Required($"meta[property='og:{property}']").GetAttribute("content")!;
        Assert.Equal("First article", Og("title"));
        Assert.Equal("The first test article.", Og("description"));
        Assert.Equal($"{BaseUrl}/first", Og("url"));
        Assert.Equal("article", Og("type"));
        Assert.Equal("Sciatica explained", Og("site_name"));
        Assert.Equal($"{BaseUrl}/og-image.png", Og("image"));
    }

    [Fact]
    public async Task Articles_describe_themselves_as_a_medical_web_page_with_citations_and_claim_no_review_that_did_not_happen()
    {
        var page = await _site.GetDocumentAsync("/first");
        using var json = JsonDocument.Parse(page.Required("script[type='application/ld+json']").TextContent);
        var root = json.RootElement;
        Assert.Equal("MedicalWebPage", root.GetProperty("@type").GetString());
        Assert.Equal("First article", root.GetProperty("name").GetString());
        Assert.Equal($"{BaseUrl}/first", root.GetProperty("url").GetString());
        Assert.Equal("2026-11-24", root.GetProperty("dateModified").GetString());
        Assert.False(root.TryGetProperty("lastReviewed", out _));
        Assert.False(root.TryGetProperty("reviewedBy", out _));
        Assert.Equal("Sciatica", root.GetProperty("about").GetProperty("name").GetString());
        Assert.Equal("MedicalCondition", root.GetProperty("about").GetProperty("@type").GetString());
        Assert.Equal("Patient", root.GetProperty("audience").GetProperty("@type").GetString());
        var citations = root.GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal(2, citations.Count);
        Assert.Equal("https://doi.org/10.1000/test", citations[1].GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_named_reviewer_is_shown_and_described()
    {
        var page = await _site.GetDocumentAsync("/second");
        Assert.StartsWith("Reviewed by Placeholder Reviewer (fictional), GP on 24 November 2026 · Next review due", page.Required(".review-dates").VisibleText(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(page.Required("script[type='application/ld+json']").TextContent);
        var root = json.RootElement;
        Assert.Equal(("2026-11-24", "2026-11-20"), (root.GetProperty("lastReviewed").GetString(), root.GetProperty("dateModified").GetString()));
        Assert.Equal("Person", root.GetProperty("reviewedBy").GetProperty("@type").GetString());
        Assert.Equal("Placeholder Reviewer (fictional)", root.GetProperty("reviewedBy").GetProperty("name").GetString());
        Assert.Equal("GP", root.GetProperty("reviewedBy").GetProperty("jobTitle").GetString());
    }

    [Fact]
    public async Task Json_ld_cannot_break_out_of_its_script_element()
    {
        var page = await _site.GetDocumentAsync("/second");
        var script = page.Required("script[type='application/ld+json']");
        Assert.DoesNotContain("<", script.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("Second <article> & \"quotes\"", JsonDocument.Parse(script.TextContent).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Sitemap_lists_every_article_with_its_review_date_and_robots_points_to_it()
    {
        var client = _site.CreateClient();
        var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Descendants(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Equal("2026-11-24", urls[$"{BaseUrl}/first"]);
        Assert.True(urls.ContainsKey($"{BaseUrl}/"));
        Assert.False(urls.ContainsKey($"{BaseUrl}/broken"));
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.Contains($"Sitemap: {BaseUrl}/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_handout_carries_the_full_url_and_a_qr_code_for_it()
    {
        var page = await _site.GetDocumentAsync("/first");
        var source = page.Required(".print-source");
        Assert.Equal($"{BaseUrl}/first", source.Required(".print-url").TextContent);
        Assert.Equal($"QR code for {BaseUrl}/first", source.Required(".print-qr[role=img]").GetAttribute("aria-label"));
        Assert.NotNull(source.QuerySelector(".print-qr svg path"));
    }
}
