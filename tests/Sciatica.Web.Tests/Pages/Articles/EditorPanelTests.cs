using System.Net;

namespace Sciatica.Web.Tests.Pages.Articles;

public sealed class EditorPanelTests : IDisposable
{
    private readonly TempContent _content = new();

    public EditorPanelTests()
    {
        _content.WriteArticle("published", "Walking helps [@guide, rec. 1.1.4]. Resting does not [@second, abstract].", order: 1);
        _content.WriteArticle("plan", "Planned claim [@guide, rec. 1.1.4].\n\nSee [nowhere](/nowhere) [@guide, rec. 1.1.4].", order: 2, nextReview: "2026-02-01", extraFrontMatter: "draft: true\nauthor: typo");
    }

    [Fact]
    public async Task In_Development_a_draft_has_a_Draft_banner_and_a_panel_with_every_diagnostic_and_its_reading_level()
    {
        using var site = new SiteFactory(_content.Root, "Development");
        var page = await site.GetDocumentAsync("/plan");

        Assert.Contains("Draft", page.Required(".draft-banner").TextContent, StringComparison.Ordinal);
        var panel = page.Required(".editor-panel");
        var diagnostics = panel.QuerySelectorAll(".editor-diagnostics li").Select(li => li.TextContent).ToList();
        Assert.Contains(diagnostics, d => d.Contains("plan.md:8:1: warning SCI014", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("plan.md:6:1: warning SCI050", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("error SCI031", StringComparison.Ordinal));
        Assert.Contains("1 error, 2 warnings", panel.Required(".editor-file").TextContent, StringComparison.Ordinal);
        var figures = panel.Required(".editor-figures").TextContent;
        Assert.Contains("Flesch-Kincaid grade", figures, StringComparison.Ordinal);
        Assert.Contains("SMOG", figures, StringComparison.Ordinal);
        Assert.Equal("Article plan", page.Required("main h1").TextContent);
    }

    [Fact]
    public async Task In_Development_a_clean_published_article_has_a_panel_without_diagnostics_or_banner()
    {
        using var site = new SiteFactory(_content.Root, "Development");
        var page = await site.GetDocumentAsync("/published");

        Assert.Null(page.QuerySelector(".draft-banner"));
        Assert.Contains("0 errors, 0 warnings", page.Required(".editor-panel .editor-file").TextContent, StringComparison.Ordinal);
        Assert.Equal(["1", "2"], page.QuerySelectorAll(".editor-figures dd").Skip(1).Take(2).Select(d => d.TextContent));
    }

    [Fact]
    public async Task In_Production_there_is_no_panel_and_drafts_are_not_found()
    {
        using var site = new SiteFactory(_content.Root);
        var page = await site.GetDocumentAsync("/published");
        var (draft, _) = await site.GetPageAsync("/plan");

        Assert.Null(page.QuerySelector(".editor-panel"));
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    public void Dispose() => _content.Dispose();
}
