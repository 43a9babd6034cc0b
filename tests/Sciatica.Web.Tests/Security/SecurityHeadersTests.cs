using System.Net;
using Sciatica.Web.Security;

namespace Sciatica.Web.Tests.Security;

public sealed class SecurityHeadersTests(SiteFactoryFixture site) : IClassFixture<SiteFactoryFixture>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/first", HttpStatusCode.OK)]
    [InlineData("/references", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    public async Task Every_response_carries_the_locked_down_headers(string url, HttpStatusCode status)
    {
        var response = await site.Production.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'", "object-src 'none'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Equal(SecurityHeaders.StrictTransportSecurity, Header(response, "Strict-Transport-Security"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Development_sends_no_hsts_so_localhost_stays_usable()
    {
        var response = await site.Development.CreateClient().GetAsync(new Uri("/first", UriKind.Relative));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.NotEmpty(Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task No_page_sets_a_cookie()
    {
        var client = site.Production.CreateClient();
        var home = await site.Production.GetDocumentAsync("/");
        var urls = home.QuerySelectorAll("a[href^='/'], link[href^='/'], form[action^='/']")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!)
            .Concat(["/", "/no-such-page", "/healthz", "/first?q=x"])
            .Distinct()
            .ToList();
        Assert.True(urls.Count > 5, $"crawled only {urls.Count} URLs");
        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} set a cookie");
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
}
