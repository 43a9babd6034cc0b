using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sciatica.Web.Security;
using Sciatica.Web.Site;

namespace Sciatica.Web.Tests.Pages.Errors;

public sealed class ErrorPageTests : IDisposable
{
    private const string Secret = "connection string s3cr3t in /srv/private/path";

    private readonly SiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>Site settings that blow up when an article page reads them, as a broken dependency would.</summary>
    private sealed class BrokenSiteOptions : IOptions<SiteOptions>
    {
        public SiteOptions Value => throw new InvalidOperationException(Secret);
    }

    [Fact]
    public async Task A_failure_answers_500_with_a_friendly_page_that_reveals_nothing()
    {
        // The start-up check of the feedback address reads the settings too; it is not what breaks here, a request is.
        using var broken = _site.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<IOptions<SiteOptions>, BrokenSiteOptions>();
            s.Remove(s.Single(d => d.ImplementationType == typeof(FeedbackAddressCheck)));
        }));
        var response = await broken.CreateClient(new() { BaseAddress = new Uri("https://localhost") }).GetAsync(new Uri("/first", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("s3cr3t", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sciatica.Web", html, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("Something went wrong", page.Required("h1").TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/red-flags']"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "the error page keeps the security headers");
    }
}
