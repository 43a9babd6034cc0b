namespace Sciatica.Web.Tests.Pages.Articles;

/// <summary>Readers see when the evidence was last checked: on the page, on paper, in each popover and on /references.</summary>
public sealed class EvidenceCheckedTests(EvidenceCheckedTests.Site site) : IClassFixture<EvidenceCheckedTests.Site>
{
    private readonly SiteFactory _site = site.Factory;

    [Fact]
    public async Task The_page_says_beside_updated_when_its_oldest_cited_reference_was_read_and_prints_that_date()
    {
        var page = await _site.GetDocumentAsync("/leg-pain");

        Assert.Equal("Updated 1 January 2026 · Not yet reviewed by a clinician · Evidence checked 1 December 2026 · Next review due 1 January 2099",
            page.Required(".review-dates").VisibleText());
        Assert.Equal("The evidence on this page was last checked on 1 December 2026.", page.Required(".print-source p + p").TextContent);
    }

    [Fact]
    public async Task Each_popover_and_the_references_page_say_when_the_stored_copy_was_read()
    {
        var page = await _site.GetDocumentAsync("/leg-pain");
        var references = await _site.GetDocumentAsync("/references");

        Assert.Equal(["Stored copy read on 1 January 2027.", "Stored copy read on 1 December 2026."], page.QuerySelectorAll(".cite-popover .cite-accessed").Select(e => e.TextContent));
        Assert.Equal("Stored copy read on 1 January 2027", references.Required("#guide .accessed").TextContent);
        Assert.Equal("Stored copy read on 1 December 2026", references.Required("#second .accessed").TextContent);
    }

    /// <summary>One site for the class (its tests only read): "second" was read on 1 December 2026, "guide" on 1 January 2027.</summary>
    public sealed class Site : IDisposable
    {
        private readonly TempContent _content = new();

        public Site()
        {
            _content.WriteArticle("leg-pain", "Scans rarely help [@guide, rec. 1.1.4]. Most sciatica eases [@second, abstract].");
            var registry = Path.Combine(_content.Root, "references.yaml");
            var text = File.ReadAllText(registry);
            var second = text.IndexOf("id: second", StringComparison.Ordinal);
            var at = text.IndexOf("[[2027, 1, 1]]", second, StringComparison.Ordinal);
            File.WriteAllText(registry, text[..at] + "[[2026, 12, 1]]" + text[(at + "[[2027, 1, 1]]".Length)..]);
            Factory = new SiteFactory(_content.Root);
        }

        public SiteFactory Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            _content.Dispose();
        }
    }
}
