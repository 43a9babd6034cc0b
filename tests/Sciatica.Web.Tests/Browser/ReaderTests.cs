using Microsoft.Playwright;

namespace Sciatica.Web.Tests.Browser;

/// <summary>What only a browser shows: keyboard use, small screens, print, and popovers.</summary>
[Collection(BrowserCollections.Reader)]
[Trait("Category", "Browser")]
public sealed class ReaderTests(BrowserSite site)
{
    public static TheoryData<string> Pages() => RealSiteFixture.ReaderPages();

    [Fact]
    public async Task Tab_from_the_top_reaches_the_skip_link_which_moves_focus_to_main()
    {
        var page = await site.OpenAsync("/overview");
        await using var context = page.Context;
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: >= 24 }, "the focused skip link is on screen and big enough to hit");
        var outline = await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.Equal("solid", outline);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#main")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Section_links_are_reachable_by_keyboard()
    {
        var page = await site.OpenAsync("/red-flags");
        await using var context = page.Context;
        var link = page.Locator("a.section-link[href='#cauda-equina-syndrome']");
        await link.FocusAsync();
        await Assertions.Expect(link).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("/red-flags#cauda-equina-syndrome", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_phone_the_sections_fold_behind_a_menu_and_on_a_wide_screen_they_show()
    {
        var phone = await site.OpenAsync("/red-flags", 390, 844);
        await using var phoneContext = phone.Context;
        var firstSection = phone.Locator(".site-nav a[href='/overview']");
        await Assertions.Expect(firstSection).ToBeHiddenAsync();
        await phone.Locator(".site-nav summary").ClickAsync();
        await Assertions.Expect(firstSection).ToBeVisibleAsync();

        var desktop = await site.OpenAsync("/red-flags", 1280, 900);
        await using var desktopContext = desktop.Context;
        await Assertions.Expect(desktop.Locator(".site-nav summary")).ToBeHiddenAsync();
        await Assertions.Expect(desktop.Locator(".site-nav a[href='/overview']")).ToBeVisibleAsync();
    }

    /// <summary>One page load per page: the phone check, then the same page narrowed to 320 px.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task On_phones_no_page_scrolls_sideways_nor_splits_a_group_of_citation_numbers(string path)
    {
        var page = await site.OpenAsync(path, 390, 844);
        await using var context = page.Context;
        // An inline element split across lines has one client rectangle per line.
        var split = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('sup.cite')].filter(s => s.getClientRects().length > 1).map(s => s.textContent)");
        Assert.True(split.Length == 0, $"{path}: citation groups broken across lines: {string.Join(" | ", split)}");

        foreach (var width in new[] { 390, 320 })
        {
            await page.SetViewportSizeAsync(width, 844);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} at {width}px is {overflow}px wider than the screen");
        }
    }

    [Fact]
    public async Task A_citation_number_reveals_its_reference_in_place()
    {
        var page = await site.OpenAsync("/imaging", 390, 844);
        await using var context = page.Context;
        var number = page.Locator("button.cite-number").First;
        var popover = page.Locator($"#{await number.GetAttributeAsync("popovertarget")}");
        await Assertions.Expect(popover).ToBeHiddenAsync();
        await number.ScrollIntoViewIfNeededAsync();
        var scrolled = await page.EvaluateAsync<int>("window.scrollY");
        await number.ClickAsync();
        await Assertions.Expect(popover).ToBeVisibleAsync();
        await Assertions.Expect(popover.Locator("cite")).Not.ToBeEmptyAsync();
        var listLink = popover.Locator("a");
        Assert.Matches("^#ref-[0-9]+$", await listLink.GetAttributeAsync("href"));
        Assert.Equal(scrolled, await page.EvaluateAsync<int>("window.scrollY"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(popover).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Printing_hides_navigation_and_shows_the_page_url_and_qr_code()
    {
        var page = await site.OpenAsync("/red-flags");
        await using var context = page.Context;
        await Assertions.Expect(page.Locator(".print-source")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var hidden in new[] { ".site-nav", ".emergency-banner", ".site-header", ".on-this-page", ".pager", ".skip-link" })
        {
            await Assertions.Expect(page.Locator(hidden)).ToBeHiddenAsync();
        }

        await Assertions.Expect(page.Locator(".print-url")).ToHaveTextAsync(new Uri(page.Url).GetLeftPart(UriPartial.Path).Replace(site.BaseAddress.GetLeftPart(UriPartial.Authority), SiteFactory.PublicAddress, StringComparison.Ordinal));
        var qr = await page.Locator(".print-qr svg").BoundingBoxAsync();
        Assert.True(qr is { Width: > 80, Height: > 80 }, "the QR code is printed large enough to scan");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".review-dates")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".references .ref-link").First).ToBeVisibleAsync();
    }
}
