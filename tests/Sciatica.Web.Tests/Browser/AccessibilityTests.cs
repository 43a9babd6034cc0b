using Microsoft.Playwright;

namespace Sciatica.Web.Tests.Browser;

/// <summary>The pages other than articles, and an open popover. The articles run beside these, in <see cref="ArticleAccessibilityTests"/>.</summary>
[Collection(BrowserCollections.Accessibility)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string> Pages() => [.. RealSiteFixture.OtherReaderPaths()];

    [NeedsTheory(Tool.Chromium, Tool.CodeSniffer)]
    [MemberData(nameof(Pages))]
    public Task Every_page_passes_axe_at_wcag_2_2_AA_in_light_and_dark_mode(string path) => Axe.AssertLightAndDarkPassAsync(site, path);

    [NeedsFact(Tool.Chromium)]
    public async Task An_open_citation_popover_passes_axe_too()
    {
        var page = await site.OpenAsync("/red-flags", 390, 844);
        await using var context = page.Context;
        await page.Locator("sup.cite button").First.ClickAsync();
        await Assertions.Expect(page.Locator(".cite-popover:popover-open")).ToBeVisibleAsync();
        await Axe.AssertPassesAsync(page, "light");
    }
}

/// <summary>Every article, in a collection of its own so it runs in parallel with the other pages.</summary>
[Collection(BrowserCollections.Articles)]
public sealed class ArticleAccessibilityTests(BrowserSite site)
{
    public static TheoryData<string> Articles() => [.. RealSiteFixture.ArticlePaths()];

    [NeedsTheory(Tool.Chromium, Tool.CodeSniffer)]
    [MemberData(nameof(Articles))]
    public Task Every_article_passes_axe_at_wcag_2_2_AA_in_light_and_dark_mode(string path) => Axe.AssertLightAndDarkPassAsync(site, path);
}
