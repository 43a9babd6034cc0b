using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sciatica.Web.Tests.Site;

public sealed class TrailingSlashRedirectTests(SiteFactoryFixture site) : IClassFixture<SiteFactoryFixture>
{
    [Theory]
    [InlineData("/first/", "/first")]
    [InlineData("/first/?utm_source=leaflet&x=a%20b", "/first?utm_source=leaflet&x=a%20b")]
    [InlineData("/first//", "/first")]
    [InlineData("/search/?q=numb+bum", "/search?q=numb+bum")]
    [InlineData("/no-such-page/", "/no-such-page")]
    [InlineData("/%2F%2Fevil.example/", "/%2F%2Fevil.example")]
    public async Task An_address_with_a_trailing_slash_moves_permanently_to_the_one_without(string url, string location)
    {
        var (response, _) = await site.Production.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_doubled_slash_stays_on_this_site()
    {
        // "//evil.example" in a Location header would be another site's address (protocol-relative).
        var client = site.Production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri("http://localhost//evil.example/"));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/evil.example", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Following_the_redirect_lands_on_the_page_that_names_itself_canonical()
    {
        var page = await site.Production.CreateClient().GetAsync(new Uri("/first/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("/first", page.RequestMessage?.RequestUri?.AbsolutePath);
    }

    [Fact]
    public async Task The_home_page_keeps_its_slash()
    {
        var (response, _) = await site.Production.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
