using System.Globalization;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sciatica.Web.Tests.Logging;
using Sciatica.Web.Tests.Site;
using Serilog.Core;
using Serilog.Events;

namespace Sciatica.Web.Tests.Pages.Articles;

/// <summary>"Report a problem with this page": a mailto: link with the page already named, only when an address is configured.</summary>
public sealed class ReportProblemTests
{
    private const string Address = "corrections@sciatica.example";

    [Fact]
    public async Task Every_article_offers_a_mailto_link_naming_the_page_in_subject_and_body()
    {
        using var site = new SiteFactory { Settings = { ["Site:FeedbackEmail"] = Address, ["Site:BaseUrl"] = "https://sciatica.example" } };
        var page = await site.GetDocumentAsync("/second");
        var link = page.Required("article .report-problem a");
        Assert.Equal("Report a problem with this page", link.TextContent);

        var href = link.GetAttribute("href")!;
        Assert.StartsWith($"mailto:{Address}?subject=", href, StringComparison.Ordinal);
        // Every character that means something in a URL is encoded: the query splits into exactly two fields.
        var fields = href[(href.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&');
        Assert.Equal(["subject", "body"], fields.Select(f => f.Split('=')[0]));
        Assert.All(fields, f => Assert.DoesNotContain(' ', f));
        var subject = Uri.UnescapeDataString(fields[0]["subject=".Length..]);
        var body = Uri.UnescapeDataString(fields[1]["body=".Length..]);
        Assert.Equal("Problem on the page \"Second <article> & \"quotes\"\"", subject);
        Assert.StartsWith("Page: Second <article> & \"quotes\"\r\nhttps://sciatica.example/second\r\n", body, StringComparison.Ordinal);
        Assert.NotNull((await site.GetDocumentAsync("/first")).QuerySelector(".report-problem a[href^='mailto:']"));
    }

    [Fact]
    public async Task Without_an_address_there_is_no_link_and_production_start_up_warns()
    {
        var events = new CapturingSink();
        using var site = new SiteFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(events)));
        var page = new HtmlParser().ParseDocument(await site.CreateClient().GetStringAsync(new Uri("/first", UriKind.Relative)));

        Assert.Null(page.QuerySelector(".report-problem"));
        Assert.Single(events.Events, e => e.Level == LogEventLevel.Warning && e.RenderMessage(CultureInfo.InvariantCulture).Contains("Site:FeedbackEmail is not set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("Corrections <corrections@sciatica.example>")]
    [InlineData("corrections@sciatica.example?cc=someone@else.example")]
    public async Task A_malformed_address_stops_start_up_naming_the_key(string value)
    {
        var line = await SiteProcess.StartUpFailureAsync($"Site__FeedbackEmail={value}");
        Assert.Contains("Site:FeedbackEmail", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_does_not_warn_about_the_address()
    {
        var events = new CapturingSink();
        using var site = new SiteFactory(environment: "Development").WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(events)));
        await site.CreateClient().GetStringAsync(new Uri("/first", UriKind.Relative));
        Assert.DoesNotContain(events.Events, e => e.RenderMessage(CultureInfo.InvariantCulture).Contains("FeedbackEmail", StringComparison.Ordinal));
    }
}
