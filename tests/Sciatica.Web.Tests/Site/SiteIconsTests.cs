using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using Sciatica.Web.PageCache;
using Sciatica.Web.Site;

namespace Sciatica.Web.Tests.Site;

public sealed class SiteIconsTests(SiteFactoryFixture site) : IClassFixture<SiteFactoryFixture>
{
    [Fact]
    public async Task The_ico_answers_at_the_address_browsers_ask_for_with_a_32_pixel_image()
    {
        var response = await site.Production.CreateClient().GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var ico = await response.Content.ReadAsByteArrayAsync();
        // ICONDIR (reserved 0, type 1, count) then one 16-byte entry per image, starting with width and height.
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(ico.AsSpan(2)));
        var sizes = Enumerable.Range(0, BinaryPrimitives.ReadUInt16LittleEndian(ico.AsSpan(4))).Select(i => (ico[6 + (16 * i)], ico[7 + (16 * i)]));
        Assert.Contains(((byte)32, (byte)32), sizes);
    }

    [Fact]
    public async Task Every_page_names_its_icons_and_manifest_and_each_answers()
    {
        var page = await site.Production.GetDocumentAsync("/first");
        Assert.Equal("/favicon.ico", page.Required("link[rel=icon][sizes='32x32']").GetAttribute("href"));
        Assert.Matches(@"^/favicon\.[a-z0-9]+\.svg$", page.Required("link[rel=icon][type='image/svg+xml']").GetAttribute("href"));
        Assert.Matches(@"^/manifest\.[a-z0-9]+\.webmanifest$", page.Required("link[rel=manifest]").GetAttribute("href"));
        var touch = await site.Production.CreateClient().GetByteArrayAsync(new Uri(page.Required("link[rel=apple-touch-icon]").GetAttribute("href")!, UriKind.Relative));
        Assert.Equal((180, 180), PngSize(touch));
    }

    [Fact]
    public async Task The_manifest_names_the_site_its_colour_and_icons_that_exist()
    {
        var page = await site.Production.GetDocumentAsync("/");
        var client = site.Production.CreateClient();
        using var manifest = JsonDocument.Parse(await client.GetStringAsync(new Uri(page.Required("link[rel=manifest]").GetAttribute("href")!, UriKind.Relative)));
        var root = manifest.RootElement;
        Assert.Equal(SiteOptions.Name, root.GetProperty("name").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", root.GetProperty("theme_color").GetString());
        var icons = root.GetProperty("icons").EnumerateArray().ToList();
        Assert.NotEmpty(icons);
        foreach (var icon in icons)
        {
            var response = await client.GetAsync(new Uri(icon.GetProperty("src").GetString()!, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_fingerprinted_icon_and_manifest_are_cached_for_a_year()
    {
        var page = await site.Production.GetDocumentAsync("/first");
        // Outside a published build the framework serves assets with no-cache unless told to behave as published.
        using var published = site.Production.WithWebHostBuilder(b => b.UseSetting("EnableStaticAssetsDevelopmentCaching", "true"));
        foreach (var href in new[] { page.Required("link[rel=icon][type='image/svg+xml']"), page.Required("link[rel=manifest]") }.Select(l => l.GetAttribute("href")!))
        {
            var response = await published.CreateClient().GetAsync(new Uri(href, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(StaticAssetCaching.FingerprintedCacheControl, response.Headers.CacheControl?.ToString());
        }
    }

    /// <summary>Width and height from a PNG's IHDR chunk, which always comes first.</summary>
    private static (int Width, int Height) PngSize(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
