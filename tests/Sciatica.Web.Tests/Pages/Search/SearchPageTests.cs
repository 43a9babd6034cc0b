using System.Net;
using Sciatica.Content.Search;

namespace Sciatica.Web.Tests.Pages.Search;

public sealed class SearchPageTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    [Theory]
    [InlineData("MRI", "/imaging")]
    [InlineData("scan", "/imaging")]
    [InlineData("bladder", "/red-flags")]
    [InlineData("exercise", "/activity")]
    [InlineData("surgery", "/injections-and-surgery")]
    public async Task Common_questions_find_the_right_page_first_with_highlighted_snippets(string query, string expected)
    {
        var page = await real.Site.GetDocumentAsync($"/search?q={query}");
        var results = page.QuerySelectorAll(".search-results > li");
        Assert.NotEmpty(results);
        var slugs = results.Select(r => r.Required("h2 a").GetAttribute("href")!.Split('#')[0]).ToList();
        Assert.Contains(expected, slugs.Take(2));
        Assert.Equal(slugs.Distinct(), slugs);
        var marks = page.QuerySelectorAll(".snippet mark");
        Assert.NotEmpty(marks);
        // A mark is a form of the word typed or of a synonym the page says it searched for too.
        var searched = SearchTerms.Of($"{query} {page.QuerySelector(".search-also")?.TextContent}").ToHashSet();
        Assert.All(marks, m => Assert.Contains(SearchTerms.Normalize(m.TextContent) ?? "", searched));
    }

    [Theory]
    [InlineData("numb bum", "/red-flags", "Also searched for: loss of feeling, bottom, buttock.")]
    [InlineData("pins and needles", "/overview", "Also searched for: tingling.")]
    [InlineData("codeine", "/medicines", "Also searched for: opioid, tramadol, morphine.")]
    [InlineData("exercising", "/activity", null)]
    [InlineData("sleep", "/self-care", "Also searched for: lying in bed.")]
    [InlineData("when to go to a&e", "/red-flags", "Also searched for: accident and emergency, emergency department, emergency room, emergency.")]
    [InlineData("will it come back", "/natural-course", "Also searched for: recur, recurrence.")]
    public async Task A_patients_words_typed_into_the_search_form_find_the_page_and_say_what_else_was_searched_for(string words, string expected, string? also)
    {
        var home = await real.Site.GetDocumentAsync("/");
        var page = await real.Site.SubmitAsync(home.Required("header form[role=search]"), ("q", words));
        var slugs = page.QuerySelectorAll(".search-results > li h2 a").Select(a => a.GetAttribute("href")!.Split('#')[0]).ToList();
        Assert.Contains(expected, slugs.Take(3));
        Assert.Equal(also, page.QuerySelector(".search-also")?.TextContent);
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=")]
    [InlineData("/search?q=the+of")]
    [InlineData("/search?q=zzqxw")]
    [InlineData("/search?q=%3Cscript%3Ezzqx%3C%2Fscript%3E")]
    public async Task Empty_or_junk_queries_get_a_helpful_page(string url)
    {
        var (response, page) = await real.Site.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector(".search-results"));
        Assert.NotNull(page.QuerySelector(".search-help a[href='/red-flags']"));
        Assert.NotEmpty(page.QuerySelectorAll(".search-help .link-list a"));
        Assert.Null(page.QuerySelector("main script"));
    }

    [Fact]
    public async Task The_query_stays_in_the_search_box()
    {
        var page = await real.Site.GetDocumentAsync("/search?q=back+pain");
        Assert.Equal("back pain", page.Required("main input[name=q]").GetAttribute("value"));
        Assert.Equal("back pain", page.Required("header input[name=q]").GetAttribute("value"));
    }

    [Fact]
    public async Task Many_results_come_twenty_to_a_page_with_links_that_work_without_javascript()
    {
        using var content = new TempContent();
        for (var i = 1; i <= 45; i++)
        {
            content.WriteArticle($"walk-{i:D2}", "Walking helps [@guide, rec. 1.1.4].", order: i);
        }

        using var site = new SiteFactory(content.Root);
        var first = await site.GetDocumentAsync("/search?q=walking");
        Assert.Contains("45 pages match", first.Required(".search-count").TextContent, StringComparison.Ordinal);
        Assert.Equal(20, first.QuerySelectorAll(".search-results > li").Length);
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));

        var slugs = new List<string>();
        var page = first;
        for (var n = 1; n <= 3; n++)
        {
            slugs.AddRange(page.QuerySelectorAll(".search-results > li h2 a").Select(a => a.GetAttribute("href")!));
            if (page.QuerySelector(".pager a[rel=next]") is { } next)
            {
                page = await site.GetDocumentAsync(next.GetAttribute("href")!);
            }
        }

        Assert.Equal(45, slugs.Distinct().Count());
        Assert.Null(page.QuerySelector(".pager a[rel=next]"));
        Assert.Equal("/search?q=walking&page=2", page.Required(".pager a[rel=prev]").GetAttribute("href"));
        Assert.Equal("41", page.Required(".search-results").GetAttribute("start"));
    }
}
