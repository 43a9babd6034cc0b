namespace Sciatica.Web.Tests.Site;

public class SiteOptionsTests
{
    /// <summary>Started as an operator starts it: one line naming the key and what to set, exit code 1, no stack trace.</summary>
    [Theory]
    [InlineData("", "Site:BaseUrl is not set; set it to the site's public address")]
    [InlineData("http://localhost:5080", "Site:BaseUrl 'http://localhost:5080' is this machine's own address")]
    [InlineData("http://127.0.0.1:8080", "Site:BaseUrl 'http://127.0.0.1:8080' is this machine's own address")]
    [InlineData("http://[::1]/", "Site:BaseUrl 'http://[::1]/' is this machine's own address")]
    [InlineData("sciatica.example.org", "Site:BaseUrl 'sciatica.example.org' is not an http or https address")]
    public async Task Production_without_a_reachable_public_address_stops_start_up_with_one_line_naming_the_key(string address, string message)
    {
        var line = await SiteProcess.StartUpFailureAsync($"Site__BaseUrl={address}");
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_keeps_the_local_address()
    {
        using var site = new SiteFactory(environment: "Development");
        var page = await site.GetDocumentAsync("/first");
        Assert.Equal("http://localhost:5080/first", page.Required("link[rel=canonical]").GetAttribute("href"));
    }
}
