using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sciatica.Web.Tests.Browser;

/// <summary>axe-core scans at WCAG 2.2 AA, shared by the accessibility test classes, each followed by <see cref="CodeSniffer"/>'s.</summary>
public static class Axe
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        // Every violation is still reported in full; passing checks are not listed node by node, which is most of the work.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>One page load: scanned in light mode, then switched to dark in place, as a reader's system setting would, and scanned again.</summary>
    public static async Task AssertLightAndDarkPassAsync(BrowserSite site, string path)
    {
        var page = await site.OpenAsync(path);
        await using var context = page.Context;
        await AssertPassesAsync(page, "light");
        await CodeSniffer.AssertPassesAsync(page, "light");

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(22, 22, 24)", background);
        await AssertPassesAsync(page, "dark");
        await CodeSniffer.AssertPassesAsync(page, "dark");
    }

    public static async Task AssertPassesAsync(IPage page, string scheme)
    {
        var result = await page.RunAxe(WcagAA);
        Assert.True(result.Violations.Length == 0, $"{page.Url} in {scheme} mode:\n" + string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Take(5).Select(n => $"{n.Target}: {n.Html} {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")))));
    }
}
