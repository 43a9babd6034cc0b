using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Sciatica.Web.Security;

namespace Sciatica.Web.Tests.Security;

public sealed class SecurityHeadersTests(SiteFactoryFixture site, SecurityHeadersTests.BehindProxy behindProxy) : IClassFixture<SiteFactoryFixture>, IClassFixture<SecurityHeadersTests.BehindProxy>
{
    private const string Proxy = "10.0.0.1";

    private static readonly WebApplicationFactoryClientOptions OverHttps = new() { BaseAddress = new Uri("https://localhost") };

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/first", HttpStatusCode.OK)]
    [InlineData("/references", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    public async Task Every_response_carries_the_locked_down_headers(string url, HttpStatusCode status)
    {
        var response = await site.Production.CreateClient(OverHttps).GetAsync(new Uri(url, UriKind.Relative));
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
    public async Task Plain_http_gets_the_other_headers_but_no_hsts()
    {
        var response = await site.Production.CreateClient().GetAsync(new Uri("/first", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "RFC 6797 §7.2: no HSTS over plain HTTP");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
    }

    [Theory]
    [InlineData(Proxy, null, false)]
    [InlineData(Proxy, "https", true)]
    [InlineData(Proxy, "http", false)]
    [InlineData("203.0.113.9", "https", false)]
    public async Task Behind_a_proxy_hsts_is_sent_only_when_a_known_proxy_forwards_https(string from, string? forwardedProto, bool hsts)
    {
        var context = await behindProxy.Site.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/first";
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            if (forwardedProto is not null)
            {
                c.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
            }
        });
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(hsts ? SecurityHeaders.StrictTransportSecurity : "", context.Response.Headers.StrictTransportSecurity.ToString());
    }

    [Fact]
    public async Task Development_sends_no_hsts_so_localhost_stays_usable()
    {
        var response = await site.Development.CreateClient(OverHttps).GetAsync(new Uri("/first", UriKind.Relative));
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

    /// <summary>The site told that <see cref="Proxy"/> is its reverse proxy, shared by the cases of the proxy theory.</summary>
    public sealed class BehindProxy : IDisposable
    {
        public SiteFactory Site { get; } = new() { Settings = { [ReverseProxy.KnownProxiesKey + ":0"] = Proxy } };

        public void Dispose() => Site.Dispose();
    }
}
