using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sciatica.Web.Tests.Browser;

[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static TheoryData<string> Pages() => RealSiteFixture.ReaderPages();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_passes_axe_at_wcag_2_2_AA(string path)
    {
        var page = await site.OpenAsync(path);
        AssertNoViolations(await page.RunAxe(WcagAA));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Dark_mode_keeps_every_page_at_AA(string path)
    {
        var page = await site.OpenAsync(path, scheme: ColorScheme.Dark);
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(22, 22, 24)", background);
        AssertNoViolations(await page.RunAxe(WcagAA));
    }

    [Fact]
    public async Task An_open_citation_popover_passes_axe_too()
    {
        var page = await site.OpenAsync("/red-flags", 390, 844);
        await page.Locator("button.cite-number").First.ClickAsync();
        await Assertions.Expect(page.Locator(".cite-popover:popover-open")).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(WcagAA));
    }

    private static void AssertNoViolations(AxeResult result) =>
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Take(5).Select(n => $"{n.Target}: {n.Html} {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")))));
}
