using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;

namespace Sciatica.Content.Tests.References;

public class ReferenceHtmlTests
{
    private static Reference Parse(string identifier) =>
        ReferenceRegistry.Parse($$"""
            references:
              - id: source
                type: webpage
                title: A <page> & more
                author: [{family: Ropper, given: Allan H.}]
                issued: {date-parts: [[2016]]}
                evidence: review
                {{identifier}}
            """, new DiagnosticBag("references.yaml")).Find("source")!;

    [Fact]
    public void Formats_authors_title_source_link_and_evidence_escaped()
    {
        var html = HtmlAssert.Parse(ReferenceHtml.Of(Parse("URL: https://example.org/a?b=1&c=2")));
        Assert.StartsWith("Ropper AH. A <page> & more. ", html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A <page> & more.", html.Required("cite").TextContent);
        Assert.Equal("https://example.org/a?b=1&c=2", html.Required("a.ref-link").GetAttribute("href"));
        Assert.Equal("Review article", html.Required(".evidence").TextContent);
    }

    [Theory]
    [InlineData("URL: javascript:alert(1)")]
    [InlineData("DOI: 10.1056 NEJM")]
    public void A_malformed_address_is_not_made_a_link(string identifier) =>
        Assert.Null(HtmlAssert.Parse(ReferenceHtml.Of(Parse(identifier))).QuerySelector("a"));
}
