using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Tests.PageCache;

public sealed class PageCacheTests(SiteFactoryFixture site) : IClassFixture<SiteFactoryFixture>
{
    [Fact]
    public async Task Pages_carry_a_strong_etag_last_modified_and_a_cdn_friendly_cache_control()
    {
        var response = await Get("/first");
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Equal(CachedPageResponse.CacheControl, response.Headers.CacheControl?.ToString());
        Assert.Contains("stale-while-revalidate", CachedPageResponse.CacheControl, StringComparison.Ordinal);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task A_conditional_request_with_the_etag_gets_304_and_no_body()
    {
        var etag = (await Get("/first")).Headers.ETag!;
        var response = await Get("/first", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_conditional_request_with_the_date_gets_304()
    {
        var lastModified = (await Get("/second")).Content.Headers.LastModified!.Value;
        var response = await Get("/second", r => r.Headers.IfModifiedSince = lastModified);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_page()
    {
        var response = await Get("/first", r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\"")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Compressed_pages_decode_to_the_same_html_and_have_their_own_etag(string encoding)
    {
        var plain = await Get("/first");
        var compressed = await Get("/first", r => r.Headers.AcceptEncoding.ParseAdd(encoding));
        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.NotEqual(plain.Headers.ETag, compressed.Headers.ETag);
        await using var body = await compressed.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoded);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Repeated_requests_are_served_the_same_bytes_from_the_page_kept_in_memory()
    {
        var first = await Get("/first", r => r.Headers.AcceptEncoding.ParseAdd("br"));
        var second = await Get("/first", r => r.Headers.AcceptEncoding.ParseAdd("br"));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.True(site.Production.Services.GetRequiredService<CachedPages>().TryGet("/first", out var kept));
        Assert.Equal(await second.Content.ReadAsByteArrayAsync(), kept.In(ContentCoding.Brotli).Bytes);
    }

    [Fact]
    public async Task Every_published_page_is_rendered_at_start_up_before_anyone_asks_for_it()
    {
        using var fresh = new SiteFactory();
        var cache = fresh.Services.GetRequiredService<CachedPages>();
        string[] published = ["/", "/first", "/second", "/references"];
        await Eventually.Get(() => Task.FromResult(published.All(p => cache.TryGet(p, out _))), warm => warm, "home, articles and references in the page cache");
        Assert.False(cache.TryGet("/broken", out _)); // has errors, so it is not published
    }

    [Fact]
    public async Task A_query_string_on_an_article_gets_the_same_page()
    {
        var plain = await Get("/first");
        var tracked = await Get("/first?utm_source=newsletter");
        Assert.Equal(plain.Headers.ETag, tracked.Headers.ETag);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await tracked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_results_are_not_kept_so_each_query_gets_its_own_answer()
    {
        var sciatica = await (await Get("/search?q=first")).Content.ReadAsStringAsync();
        var other = await (await Get("/search?q=zzzzunknown")).Content.ReadAsStringAsync();
        Assert.NotEqual(sciatica, other);
        Assert.False(site.Production.Services.GetRequiredService<CachedPages>().TryGet("/search", out _));
    }

    [Fact]
    public async Task A_head_request_gets_the_headers_of_the_page_and_no_body()
    {
        var get = await Get("/second");
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/second", UriKind.Relative));
        var head = await site.Production.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Unknown_pages_get_the_friendly_404_rendered_once_per_content_version_and_never_a_304()
    {
        var (response, document) = await site.Production.GetPageAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(document.QuerySelector("h1"));
        var cache = site.Production.Services.GetRequiredService<CachedPages>();
        Assert.False(cache.TryGet("/no-such-page", out _));
        Assert.True(cache.TryGet("/status/404", out var kept));
        Assert.Equal(StatusCodes.Status404NotFound, kept.StatusCode);

        var other = await Get("/another/missing/page", r => r.Headers.IfModifiedSince = DateTimeOffset.MaxValue);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(kept.Plain.Bytes, await other.Content.ReadAsByteArrayAsync());
        Assert.Null(other.Headers.ETag);
    }

    [Fact]
    public async Task The_stylesheet_is_fingerprinted_and_cached_for_a_year()
    {
        var page = await site.Production.GetDocumentAsync("/first");
        var href = page.Required("link[rel=stylesheet]").GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        // Outside a published build the framework serves assets with no-cache unless told to behave as published.
        using var published = site.Production.WithWebHostBuilder(b => b.UseSetting("EnableStaticAssetsDevelopmentCaching", "true"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(href, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await published.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StaticAssetCaching.FingerprintedCacheControl, response.Headers.CacheControl?.ToString());
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var stylesheet = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Sciatica.Web", "wwwroot", "css", "site.css"));
        Assert.Equal(stylesheet, await reader.ReadToEndAsync());
    }

    private async Task<HttpResponseMessage> Get(string url, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        configure?.Invoke(request);
        return await site.Production.CreateClient().SendAsync(request);
    }
}
