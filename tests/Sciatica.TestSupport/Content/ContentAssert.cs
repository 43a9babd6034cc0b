using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;

namespace Sciatica.TestSupport;

/// <summary>Loads Markdown snippets through the real article loader against a small registry.</summary>
public static class ContentAssert
{
    public const string FrontMatter = """
        ---
        title: Test article
        summary: A test.
        order: 1
        updated: 2026-11-24
        next-review: 2027-11-24
        ---

        """;

    /// <summary>
    /// The test registry: guide and review sources and a commercial one, each with findings. The guide's first finding
    /// (<c>rec. 1.1.4</c>) starts at line 11, column 9.
    /// </summary>
    public const string RegistryYaml = """
        references:
          - id: guide
            type: report
            title: A guideline
            issued: {date-parts: [[2016]]}
            URL: https://example.org/guide
            evidence: guideline
            title-short: Test Guide
            read: recommendations 1.1.1 to 1.1.9
            accessed: {date-parts: [[2027, 1, 1]]}
            findings:
              - at: rec. 1.1.4
                says: Scans are not a routine step; 4 in 10 people improve within 6 to 8 weeks.
              - at: rec. 1.1.9
                says: Offer exercise to people with back pain.
          - id: second
            type: article-journal
            title: A review
            author: [{family: Ropper, given: Allan H.}]
            container-title: A Journal
            issued: {date-parts: [[2015]]}
            DOI: 10.1000/x
            evidence: review
            read: abstract
            accessed: {date-parts: [[2027, 1, 1]]}
            findings:
              - at: abstract
                says: Most sciatica eases within 12 weeks.
              - at: p. 4
                says: About 95% of disc herniations are at L4-L5 or L5-S1.
          - id: shop
            type: webpage
            title: A clinic that sells things
            issued: {date-parts: [[2020]]}
            URL: https://example.org/shop
            evidence: commercial
            read: the home page
            accessed: {date-parts: [[2027, 1, 1]]}
            findings:
              - at: home page
                says: The clinic sells spine treatments.
        """;

    public static readonly ReferenceRegistry Registry = ReferenceRegistry.Parse(RegistryYaml, new DiagnosticBag("references.yaml"));

    /// <summary>Parses a body (front matter added) and returns the file, with its diagnostics.</summary>
    public static ArticleFile File(string body) =>
        ArticleLoader.Parse("test", FrontMatter + body, Registry, new DiagnosticBag("test.md"));

    /// <summary>Parses a body (front matter added) and returns the article a page would show.</summary>
    public static Article Body(string body) => Readable(File(body));

    /// <summary>The file's article, failing the test when its front matter was not usable.</summary>
    public static Article Readable(ArticleFile file)
    {
        Assert.NotNull(file.Article);
        return file.Article;
    }

    public static List<Diagnostic> Errors(string body, string code) =>
        [.. File(body).Diagnostics.Where(d => d.Code == code)];
}
