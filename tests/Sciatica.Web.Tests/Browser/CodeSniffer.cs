using Microsoft.Playwright;

namespace Sciatica.Web.Tests.Browser;

/// <summary>
/// HTML_CodeSniffer (pa11y's engine) at WCAG 2 AA, the second engine beside <see cref="Axe"/>: the two compute contrast
/// and read the page differently, so a miss by one (as axe missed the emergency card's citation commas) is caught by the other.
/// Its tests need <see cref="Tool.CodeSniffer"/>, which <c>tests/setup.sh</c> installs.
/// </summary>
public static class CodeSniffer
{
    /// <summary>Errors only: its warnings and notices are things to check by hand, not failures.</summary>
    private const string Run = """
        () => new Promise(resolve => HTMLCS.process('WCAG2AA', document, () => resolve(HTMLCS.getMessages()
            .filter(m => m.type === HTMLCS.ERROR)
            .map(m => `${m.code}: ${m.msg}\n    ${m.element.outerHTML.slice(0, 160)}`))))
        """;

    private static string? _script;

    public static async Task AssertPassesAsync(IPage page, string scheme)
    {
        _script ??= await File.ReadAllTextAsync(Tools.CodeSnifferScript);
        // Evaluated, not added as a script tag, which the site's Content-Security-Policy rightly refuses.
        await page.EvaluateAsync($"{_script}\n;window.HTMLCS = HTMLCS; true");
        var errors = await page.EvaluateAsync<string[]>(Run);
        Assert.True(errors.Length == 0, $"{page.Url} in {scheme} mode, HTML_CodeSniffer:\n" + string.Join("\n", errors.Distinct().Take(10)));
    }
}
