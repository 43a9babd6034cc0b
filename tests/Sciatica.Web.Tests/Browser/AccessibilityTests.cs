using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sciatica.Web.Tests.Browser;

[Collection(BrowserCollections.Accessibility)]
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static TheoryData<string> Pages() => RealSiteFixture.ReaderPages();

    /// <summary>One page load per page: the dark scheme is switched on in place, as a reader's system setting would.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_passes_axe_at_wcag_2_2_AA_in_light_and_dark_mode(string path)
    {
        var page = await site.OpenAsync(path);
        await using var context = page.Context;
        AssertNoViolations("light", await page.RunAxe(WcagAA));

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(22, 22, 24)", background);
        AssertNoViolations("dark", await page.RunAxe(WcagAA));
    }

    [Fact]
    public async Task An_open_citation_popover_passes_axe_too()
    {
        var page = await site.OpenAsync("/red-flags", 390, 844);
        await using var context = page.Context;
        await page.Locator("button.cite-number").First.ClickAsync();
        await Assertions.Expect(page.Locator(".cite-popover:popover-open")).ToBeVisibleAsync();
        AssertNoViolations("light", await page.RunAxe(WcagAA));
    }

    private static void AssertNoViolations(string scheme, AxeResult result) =>
        Assert.True(result.Violations.Length == 0, $"in {scheme} mode:\n" + string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Take(5).Select(n => $"{n.Target}: {n.Html} {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")))));
}
