using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Sciatica.Web.Tests.Security;

public sealed class SearchRateLimitingTests : IDisposable
{
    // A bucket refilled once an hour: no token comes back while a test runs, however slow the machine.
    private readonly SiteFactory _site = new()
    {
        Settings = { ["RateLimiting:Search:TokenLimit"] = "3", ["RateLimiting:Search:PeriodSeconds"] = "3600" },
    };

    [Fact]
    public async Task A_client_searching_too_fast_gets_a_friendly_429_while_other_clients_and_pages_are_unaffected()
    {
        var greedy = IPAddress.Parse("203.0.113.7");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(StatusCodes.Status200OK, (await GetAsync("/search?q=scan", greedy)).Response.StatusCode);
        }

        var refused = await GetAsync("/search?q=scan", greedy);
        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
        Assert.True(int.Parse(refused.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var page = await new HtmlParser().ParseDocumentAsync(refused.Body);
        Assert.Equal("Too many searches", page.Required("h1").TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/red-flags']"));

        Assert.Equal(StatusCodes.Status200OK, (await GetAsync("/search?q=scan", IPAddress.Parse("198.51.100.20"))).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await GetAsync("/first", greedy)).Response.StatusCode);
    }

    [Fact]
    public async Task Forwarded_addresses_are_ignored_unless_the_proxy_is_configured()
    {
        var proxy = IPAddress.Parse("10.0.0.1");
        for (var i = 0; i < 3; i++)
        {
            await GetAsync("/search?q=scan", proxy, forwardedFor: $"192.0.2.{i}");
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, (await GetAsync("/search?q=scan", proxy, forwardedFor: "192.0.2.99")).Response.StatusCode);

        using var behindProxy = _site.WithWebHostBuilder(b => b.UseSetting("ReverseProxy:KnownProxies:0", "10.0.0.1"));
        for (var i = 0; i < 5; i++)
        {
            var response = await GetAsync(behindProxy.Server, "/search?q=scan", proxy, forwardedFor: $"192.0.2.{i}");
            Assert.Equal(StatusCodes.Status200OK, response.Response.StatusCode);
        }
    }

    private Task<(HttpResponse Response, string Body)> GetAsync(string url, IPAddress client, string? forwardedFor = null) =>
        GetAsync(_site.Server, url, client, forwardedFor);

    private static async Task<(HttpResponse Response, string Body)> GetAsync(TestServer server, string url, IPAddress client, string? forwardedFor = null)
    {
        var uri = new Uri("http://localhost" + url);
        var context = await server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = uri.AbsolutePath;
            c.Request.QueryString = new QueryString(uri.Query);
            c.Connection.RemoteIpAddress = client;
            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response, await reader.ReadToEndAsync());
    }

    public void Dispose() => _site.Dispose();
}
