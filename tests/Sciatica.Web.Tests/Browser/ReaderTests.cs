using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sciatica.Web.Tests.Browser;

/// <summary>What only a browser shows: keyboard use, small screens, print, and popovers.</summary>
[Collection(BrowserCollections.Reader)]
public sealed class ReaderTests(BrowserSite site)
{
    public static TheoryData<string> Pages() => RealSiteFixture.ReaderPages();

    [NeedsFact(Tool.Chromium)]
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

    [NeedsFact(Tool.Chromium)]
    public async Task Section_links_are_reachable_by_keyboard()
    {
        var page = await site.OpenAsync("/red-flags");
        await using var context = page.Context;
        var link = page.Locator("a.section-link[href='#cauda-equina-syndrome']");
        await link.FocusAsync();
        await Assertions.Expect(link).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        // Waits for the URL: the browser reports a same-page navigation a moment after the key press.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/red-flags#cauda-equina-syndrome$"));
    }

    [NeedsFact(Tool.Chromium)]
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

    /// <summary>
    /// For every citation group: not split across lines, on the line of the word before it with no gap (AMA style:
    /// after a full stop or comma, so none follows the number).
    /// </summary>
    private const string CitationTypography = """
        [...document.querySelectorAll('sup.cite')].filter(sup => sup.checkVisibility()).flatMap(sup => {
            const problems = [];
            const name = sup.textContent.replace(/\u2060/g, '');
            // An inline element split across lines has one client rectangle per line.
            if (sup.getClientRects().length > 1) problems.push(`${name}: split across lines`);
            const before = sup.previousSibling;
            if (before && before.nodeType === Node.TEXT_NODE && before.textContent.length > 0) {
                const text = before.textContent;
                if (/\s$/.test(text)) problems.push(`${name}: space before the number after "${text.slice(-20)}"`);
                const range = document.createRange();
                range.setStart(before, text.length - 1);
                range.setEnd(before, text.length);
                const glyph = range.getBoundingClientRect(), number = sup.getBoundingClientRect();
                // Only a column narrower than the word and its numbers may part them (overflow-wrap must break somewhere).
                const word = document.createRange();
                word.setStart(before, Math.max(text.search(/\S+$/), 0));
                word.setEnd(before, text.length);
                const block = sup.closest('td, th, li, p, blockquote, div');
                const style = getComputedStyle(block);
                const room = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                if (Math.abs(number.left - glyph.right) > 1 && word.getBoundingClientRect().width + number.width <= room)
                    problems.push(`${name}: ${Math.round(number.left - glyph.right)}px from "${text.slice(-20)}"`);
            }
            let after = sup.nextSibling;
            while (after && after.nodeType === Node.ELEMENT_NODE && after.matches('.cite-popover')) after = after.nextSibling;
            if (after && after.nodeType === Node.TEXT_NODE && /^\s*[.,]/.test(after.textContent)) problems.push(`${name}: punctuation after the number`);
            return problems;
        })
        """;

    /// <summary>
    /// For every table: each word (letters or digits) whose characters sit on more than one line, and each body cell
    /// whose column heading is not shown above it (on a phone a table is one card per row, each cell labelled).
    /// </summary>
    private const string TableProblems = """
        [...document.querySelectorAll('main table')].flatMap(table => {
            const problems = [];
            const cards = getComputedStyle(table).display === 'block';
            const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                // Popovers are closed; on a phone the column headings are read by screen readers only.
                if (node.parentElement.closest('[popover]') || (cards && node.parentElement.closest('thead'))) continue;
                for (const word of node.textContent.matchAll(/[\p{L}\p{N}]+/gu)) {
                    const range = document.createRange();
                    range.setStart(node, word.index);
                    range.setEnd(node, word.index + word[0].length);
                    const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (tops.size > 1) problems.push(`"${word[0]}" is split across lines`);
                }
            }
            if (!cards) return problems.length ? problems : [`a table ${Math.round(table.getBoundingClientRect().width)}px wide is not shown as cards`];
            for (const cell of table.querySelectorAll('tbody td')) {
                const heading = table.querySelector(`thead th:nth-child(${cell.cellIndex + 1})`)?.textContent.trim();
                const shown = getComputedStyle(cell, '::before');
                if (heading && (shown.content !== JSON.stringify(heading) || shown.display !== 'block'))
                    problems.push(`a cell under "${heading}" shows ${shown.content} as its label`);
            }
            return problems;
        })
        """;

    /// <summary>One page load per page: the phone check on screen, the same page narrowed to 320 px, then printed.</summary>
    [NeedsTheory(Tool.Chromium)]
    [MemberData(nameof(Pages))]
    public async Task On_phones_no_page_scrolls_sideways_tables_become_labelled_cards_without_broken_words_and_citation_numbers_sit_tight(string path)
    {
        var page = await site.OpenAsync(path, 390, 844);
        await using var context = page.Context;
        var onScreen = await page.EvaluateAsync<string[]>(CitationTypography);
        Assert.True(onScreen.Length == 0, $"{path} on screen: {string.Join(" | ", onScreen)}");

        foreach (var width in new[] { 390, 320 })
        {
            await page.SetViewportSizeAsync(width, 844);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} at {width}px is {overflow}px wider than the screen");
            var tables = await page.EvaluateAsync<string[]>(TableProblems);
            Assert.True(tables.Length == 0, $"{path} at {width}px: {string.Join(" | ", tables.Distinct())}");
        }

        await page.SetViewportSizeAsync(390, 844);
        // The handout leaves the numbers out (its reference list is not printed); the full print, list unfolded, has them.
        var fold = page.Locator(".reference-list > summary");
        var unfolded = await fold.CountAsync() > 0;
        if (unfolded)
        {
            await fold.ClickAsync();
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        if (unfolded)
        {
            await Assertions.Expect(page.Locator("sup.cite").Filter(new() { Visible = true }).First).ToBeVisibleAsync();
        }

        var inPrint = await page.EvaluateAsync<string[]>(CitationTypography);
        Assert.True(inPrint.Length == 0, $"{path} in print: {string.Join(" | ", inPrint)}");
    }

    [NeedsFact(Tool.Chromium)]
    public async Task A_citation_number_reveals_its_finding_in_place_and_its_link_shows_the_full_reference()
    {
        var page = await site.OpenAsync("/imaging", 390, 844);
        await using var context = page.Context;
        var number = page.Locator("sup.cite button").First;
        var popover = page.Locator($"#{await number.GetAttributeAsync("popovertarget")}");
        await Assertions.Expect(popover).ToBeHiddenAsync();
        await number.ScrollIntoViewIfNeededAsync();
        var scrolled = await page.EvaluateAsync<int>("window.scrollY");
        await number.ClickAsync();
        await Assertions.Expect(popover).ToBeVisibleAsync();
        await Assertions.Expect(popover).ToContainTextAsync($"{await number.TextContentAsync()}. ");
        await Assertions.Expect(popover.Locator(".cite-finding")).Not.ToBeEmptyAsync();
        Assert.Equal(scrolled, await page.EvaluateAsync<int>("window.scrollY"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(popover).ToBeHiddenAsync();

        // The full reference is one step away: the popover's link brings its entry in the reference list on screen.
        await number.ClickAsync();
        var listLink = popover.Locator(":scope > a");
        var href = await listLink.GetAttributeAsync("href");
        Assert.Matches("^#ref-[0-9]+$", href);
        await listLink.ClickAsync();
        var entry = page.Locator(href!);
        await Assertions.Expect(entry).ToBeInViewportAsync();
        await Assertions.Expect(entry.Locator("cite")).Not.ToBeEmptyAsync();
        // ...and the popover closes, rather than staying over the list.
        await Assertions.Expect(popover).ToBeHiddenAsync();
    }

    /// <summary>The box of the line a citation number sits on (the text just before it), and its open popover's box.</summary>
    private const string LineAndPopover = """
        ([button, popover]) => {
            const before = button.closest('sup').previousSibling;
            const range = document.createRange();
            range.setStart(before, Math.max(before.textContent.length - 1, 0));
            range.setEnd(before, before.textContent.length);
            const line = range.getBoundingClientRect(), box = popover.getBoundingClientRect(), number = button.getBoundingClientRect();
            return { overlaps: box.top < line.bottom && box.bottom > line.top && box.left < line.right && box.right > line.left,
                     gap: Math.min(Math.abs(box.top - line.bottom), Math.abs(line.top - box.bottom)),
                     beside: box.left <= number.right && box.right >= number.left };
        }
        """;

    [NeedsTheory(Tool.Chromium)]
    [InlineData(390, 0)]
    [InlineData(390, -1)]
    [InlineData(1280, 3)]
    public async Task A_popover_opens_beside_its_number_without_covering_the_cited_line(int width, int which)
    {
        var page = await site.OpenAsync("/injections-and-surgery", width, 844);
        await using var context = page.Context;
        var numbers = page.Locator(".article-body p > sup.cite button");
        var number = which < 0 ? numbers.Last : numbers.Nth(which);
        await number.ScrollIntoViewIfNeededAsync();
        await number.ClickAsync();
        var popover = page.Locator($"#{await number.GetAttributeAsync("popovertarget")}");
        await Assertions.Expect(popover).ToBeVisibleAsync();
        var placed = await page.EvaluateAsync<Placement>($"({LineAndPopover})", new[] { await number.ElementHandleAsync(), await popover.ElementHandleAsync() });
        Assert.False(placed.Overlaps, $"the popover covers the line it explains at {width}px");
        Assert.True(placed.Beside && placed.Gap < 40, $"the popover is {placed.Gap}px from its line, beside the number: {placed.Beside}");
    }

    private sealed class Placement
    {
        public bool Overlaps { get; set; }

        public double Gap { get; set; }

        public bool Beside { get; set; }
    }

    /// <summary>Tab stops as a keyboard meets them: every focusable element the Tab key reaches, from the top of the page.</summary>
    private static async Task<int> TabStopsAsync(IPage page)
    {
        var seen = new HashSet<string>();
        await page.EvaluateAsync("document.activeElement?.blur()");
        while (true)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>("document.activeElement === document.body ? null : [...document.querySelectorAll('*')].indexOf(document.activeElement) + ''");
            if (focused is null || !seen.Add(focused))
            {
                return seen.Count;
            }
        }
    }

    [NeedsFact(Tool.Chromium)]
    public async Task The_longest_page_has_half_the_tab_stops_it_had_and_every_source_is_still_reached_by_keyboard()
    {
        // Longest by tab stops: the page with the most citation numbers, each of which, and each back-link, was a stop.
        var paths = RealSiteFixture.ArticlePaths();
        var (path, citations) = (paths[0], 0);
        foreach (var candidate in paths)
        {
            var probe = await site.OpenAsync(candidate, 390, 844);
            await using var probeContext = probe.Context;
            var count = await probe.Locator("sup.cite button").CountAsync();
            (path, citations) = count > citations ? (candidate, count) : (path, citations);
        }

        var page = await site.OpenAsync(path, 390, 844);
        await using var context = page.Context;
        var stops = await TabStopsAsync(page);
        // What used to be a stop and no longer is: the reference list's links (now folded) and the section links
        // (the "On this page" links give the same addresses), less the one new stop, the fold's own summary.
        var removed = await page.Locator(".references li a, a.section-link").CountAsync() - 1;
        Assert.True(stops * 2 <= stops + removed, $"{path}: {stops} tab stops, {stops + removed} before");

        // Every source is still reached by keyboard: Tab to the fold, Enter opens it, and each source's link is a stop.
        var summary = page.Locator(".reference-list > summary");
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".references li").First).ToBeVisibleAsync();
        Assert.Empty(await page.Locator(".references li a").EvaluateAllAsync<string[]>("links => links.filter(a => a.tabIndex < 0 || !a.checkVisibility()).map(a => a.href)"));
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".references li a").First).ToBeFocusedAsync();
    }

    [NeedsFact(Tool.Chromium)]
    public async Task A_repeated_citation_opens_the_popover_of_its_own_source_and_finding_by_keyboard()
    {
        var page = await site.OpenAsync("/overview", 390, 844);
        await using var context = page.Context;
        // The last number on the page whose popover an earlier number opens too: the popover is written once, at the first.
        var target = await page.EvaluateAsync<string>("""
            (() => {
                const targets = [...document.querySelectorAll('sup.cite button')].map(b => b.getAttribute('popovertarget'));
                return targets.findLast((t, i) => targets.indexOf(t) < i);
            })()
            """);
        var repeated = page.Locator($"sup.cite button[popovertarget='{target}']").Last;
        var popover = page.Locator($"#{target}");
        await repeated.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(popover).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[popover]:popover-open")).ToHaveCountAsync(1);
        await Assertions.Expect(popover).ToContainTextAsync($"{await repeated.TextContentAsync()}. ");

        // Tab goes from the number into its popover, to the link to the full reference; Escape closes it again.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(popover.Locator(":scope > a")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(popover).ToBeHiddenAsync();
    }

    [NeedsFact(Tool.Chromium)]
    public async Task Printing_hides_navigation_and_shows_the_page_url_and_qr_code()
    {
        var page = await site.OpenAsync("/red-flags");
        await using var context = page.Context;
        await Assertions.Expect(page.Locator(".print-source")).ToBeHiddenAsync();
        // A popover left open is not printed over the handout.
        var number = page.Locator("sup.cite button").First;
        await number.ClickAsync();
        var popover = page.Locator($"#{await number.GetAttributeAsync("popovertarget")}");
        await Assertions.Expect(popover).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(popover).ToBeHiddenAsync();
        foreach (var hidden in new[] { ".site-nav", ".emergency-banner", ".site-header", ".on-this-page", ".pager", ".skip-link" })
        {
            await Assertions.Expect(page.Locator(hidden)).ToBeHiddenAsync();
        }

        await Assertions.Expect(page.Locator(".print-url")).ToHaveTextAsync(new Uri(page.Url).GetLeftPart(UriPartial.Path).Replace(site.BaseAddress.GetLeftPart(UriPartial.Authority), SiteFactory.PublicAddress, StringComparison.Ordinal));
        var qr = await page.Locator(".print-qr svg").BoundingBoxAsync();
        Assert.True(qr is { Width: > 80, Height: > 80 }, "the QR code is printed large enough to scan");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".review-dates")).ToBeVisibleAsync();
        // The handout: the folded reference list prints as one line (PrintTests prints it both ways).
        await Assertions.Expect(page.Locator(".print-sources-line")).ToBeVisibleAsync();
    }
}
