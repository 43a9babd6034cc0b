using Microsoft.Extensions.Options;
using Sciatica.Web.Site;

namespace Sciatica.Web.Tests.Site;

public class SiteOptionsTests
{
    [Fact]
    public void Production_without_a_public_address_stops_start_up_naming_the_key()
    {
        using var site = new SiteFactory { Settings = { ["Site:BaseUrl"] = "" } };
        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains("Site:BaseUrl is not set; set it to the site's public address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_started_in_Production_without_a_public_address_prints_one_line_naming_the_key_and_no_stack_trace()
    {
        // The site as an operator starts it: its own program, as a process, with the key left empty.
        var (exit, output, error) = await ExternalPrograms.RunAsync("env",
        [
            "ASPNETCORE_ENVIRONMENT=Production", "Site__BaseUrl=", $"Content__Root={SiteFactory.FixtureContent}",
            "dotnet", typeof(Program).Assembly.Location, "--urls", "http://127.0.0.1:0",
        ]);

        Assert.Equal(SiteApplication.SettingsError, exit);
        var line = Assert.Single((output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Site:BaseUrl is not set; set it to the site's public address", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://[::1]/")]
    public void Production_with_a_loopback_address_stops_start_up(string address)
    {
        using var site = new SiteFactory { Settings = { ["Site:BaseUrl"] = address } };
        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains($"Site:BaseUrl '{address}' is this machine's own address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_that_is_not_http_stops_start_up()
    {
        using var site = new SiteFactory { Settings = { ["Site:BaseUrl"] = "sciatica.example.org" } };
        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains("Site:BaseUrl 'sciatica.example.org' is not an http or https address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_keeps_the_local_address()
    {
        using var site = new SiteFactory(environment: "Development");
        var page = await site.GetDocumentAsync("/first");
        Assert.Equal("http://localhost:5080/first", page.Required("link[rel=canonical]").GetAttribute("href"));
    }
}
