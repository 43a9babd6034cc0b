using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Sciatica.Content;
using Sciatica.Content.Articles;

namespace Sciatica.Web.Tests.Site;

/// <summary>The content library's list of reserved slugs against the routes the site really maps.</summary>
public sealed class ReservedSlugsTests(SiteFactoryFixture sites) : IClassFixture<SiteFactoryFixture>
{
    /// <summary>The static copy's search index: <c>export</c> writes it, the live site does not serve it.</summary>
    private const string StaticCopyOnly = "pagefind";

    /// <summary>The literal first segment of every route the site maps (pages, endpoints, static assets).</summary>
    private List<string> MappedFirstSegments()
    {
        using var client = sites.Production.CreateClient(); // starts the site, so every endpoint is mapped
        return [.. sites.Production.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.PathSegments is [{ Parts: [RoutePatternLiteralPart literal] }, ..] ? literal.Content : null)
            .OfType<string>()
            .Distinct()];
    }

    [Fact]
    public void Every_first_path_segment_the_site_maps_is_reserved_unless_no_slug_can_spell_it()
    {
        var segments = MappedFirstSegments();

        Assert.Contains("search", segments);
        Assert.Contains("css", segments);
        Assert.DoesNotContain(segments, s => Slugs.IsValid(s) && !SitePages.IsTaken(s));
    }

    [Fact]
    public void Every_reserved_slug_is_a_route_of_the_site_or_a_folder_of_its_static_copy()
    {
        Assert.Equal([StaticCopyOnly], SitePages.ReservedSlugs.Except(MappedFirstSegments()));
    }

    [Fact]
    public async Task An_article_file_named_after_a_reserved_slug_is_never_served_as_that_article()
    {
        using var content = new TempContent();
        content.WriteArticle("walking", "A claim [@guide, rec. 1.1.4].");
        foreach (var slug in SitePages.ReservedSlugs)
        {
            content.WriteArticle(slug, "A claim [@guide, rec. 1.1.4].");
        }

        using var site = new SiteFactory(content.Root);

        Assert.Equal("Article walking", (await site.GetDocumentAsync("/walking")).Required("h1").TextContent);
        foreach (var slug in SitePages.ReservedSlugs)
        {
            var (_, page) = await site.GetPageAsync("/" + slug);
            Assert.DoesNotContain($"Article {slug}", page.Body?.TextContent ?? "", StringComparison.Ordinal);
        }
    }
}
