using Microsoft.Playwright;

namespace Sciatica.Web.Tests.Browser;

/// <summary>The decision aid used as a reader would: answers ticked by keyboard and mouse stay on the device, and print.</summary>
[Collection(BrowserCollections.Reader)]
public sealed class DecisionAidTests(BrowserSite site)
{
    private const string Path = "/choosing-treatment";
    private const string Note = "Can I have the operation before my holiday?";

    [NeedsFact(Tool.Chromium)]
    public async Task Answers_ticked_and_written_send_nothing_store_nothing_and_leave_the_page_where_it_was()
    {
        var page = await site.OpenAsync(Path, 390, 844);
        await using var context = page.Context;
        // What loading the page fetches (styles, icons) is done first; only what using it fetches counts.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var address = page.Url;
        // Chromium fetches the tab's icon from this site whenever it likes; that is loading the page, not using it.
        var icons = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('link[rel~=icon]')].map(l => l.href)");
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            if (!icons.Contains(request.Url))
            {
                requests.Add(request.Url);
            }
        };

        await Answer(page);
        // Enter in the notes box and on a ticked answer: with no form around them, nothing is submitted.
        await page.GetByLabel("Other questions, or notes for my appointment").PressAsync("Enter");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Surgery" }).PressAsync("Enter");

        Assert.True(requests.Count == 0, "using the page made requests: " + string.Join(", ", requests));
        Assert.Equal(address, page.Url);
        Assert.Empty(await context.CookiesAsync());
        // Controls that belong to no form cannot be submitted (the site's search box has a form of its own).
        Assert.Equal(0, await page.EvaluateAsync<int>("[...document.querySelectorAll('.form-block input, .form-block textarea')].filter(c => c.form !== null).length"));
        Assert.True(await page.Locator(".form-block input").CountAsync() > 20);
        Assert.Equal("", await page.EvaluateAsync<string>("document.cookie"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Surgery" })).ToBeCheckedAsync();
    }

    [NeedsFact(Tool.Chromium, Tool.Poppler)]
    public async Task The_printed_summary_shows_the_ticked_answers_the_address_and_the_qr_code_on_at_most_four_pages()
    {
        var page = await site.OpenAsync(Path);
        await using var context = page.Context;
        await Answer(page);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var qr = await page.Locator(".print-qr svg").BoundingBoxAsync();
        Assert.True(qr is { Width: > 80, Height: > 80 }, "the QR code is printed large enough to scan");
        await Assertions.Expect(page.Locator(".option-grid thead")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".icon-array").First).ToBeHiddenAsync();

        var pdf = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"decision-aid-{Guid.NewGuid():N}.pdf");
        try
        {
            await page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true });
            var (_, info, _) = await ExternalPrograms.RunAsync("pdfinfo", [pdf]);
            var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(pages, 1, 4);
            var (_, text, _) = await ExternalPrograms.RunAsync("pdftotext", ["-layout", pdf, "-"]);
            Assert.Contains($"{SiteFactory.PublicAddress}{Path}", text, StringComparison.Ordinal);
            Assert.Contains("Surgery(ticked)", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("Verymuch(ticked)", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains(Note, text, StringComparison.Ordinal);
            // The header's dates print as they show on screen, the evidence date among them (a line may wrap inside it).
            Assert.Matches(@"Evidence checked \d{1,2} [A-Z][a-z]+ \d{4}", string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
            Assert.Contains("Active care and waiting", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    /// <summary>Each kind of control, found by its label as a screen reader announces it: by keyboard for the leaning, by pointer for the rest.</summary>
    private static async Task Answer(IPage page)
    {
        var leaning = page.GetByRole(AriaRole.Group, new() { Name = "Which way are you leaning right now?" });
        await leaning.GetByRole(AriaRole.Radio).First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Surgery" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Getting relief from leg pain as soon as I can" })
            .GetByRole(AriaRole.Radio, new() { Name = "Very much" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Does my scan match my symptoms?" }).CheckAsync();
        await page.GetByLabel("Other questions, or notes for my appointment").FillAsync(Note);
    }
}
