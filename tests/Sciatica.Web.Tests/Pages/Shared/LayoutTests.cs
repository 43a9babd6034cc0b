using Sciatica.Content.Rendering.CareCards;

namespace Sciatica.Web.Tests.Pages.Layout;

public sealed class LayoutTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/overview")]
    [InlineData("/references")]
    [InlineData("/about")]
    [InlineData("/search?q=scan")]
    [InlineData("/no-such-page")]
    public async Task Every_page_has_header_search_emergency_banner_sections_and_footer(string url)
    {
        var (_, page) = await real.Site.GetPageAsync(url);
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/search", page.Required("header form[role=search]").GetAttribute("action"));
        var banner = page.Required(".emergency-banner a");
        Assert.Equal("/red-flags", banner.GetAttribute("href"));
        Assert.Equal(CareLevel.Emergency.Heading, banner.TextContent);
        Assert.Equal(real.Slugs.Select(s => $"/{s}"), page.QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")));
        var footer = page.Required("footer").TextContent;
        Assert.Contains("not personal medical advice", footer, StringComparison.Ordinal);
        Assert.Contains("sets no cookies", footer, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("footer a[href='/references']"));
        Assert.NotNull(page.QuerySelector("footer a[href='/about']"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("#main", page.Required("body > a.skip-link").GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(RealSiteFixture.ReaderPages), MemberType = typeof(RealSiteFixture))]
    public async Task Every_page_describes_itself_for_search_engines_and_link_previews(string url)
    {
        var (_, page) = await real.Site.GetPageAsync(url);
        var description = page.Required("meta[name=description]").GetAttribute("content");
        Assert.False(string.IsNullOrWhiteSpace(description), $"{url} has an empty description");
    }

    [Fact]
    public async Task The_banner_and_the_red_flags_emergency_card_say_the_same_thing()
    {
        var page = await real.Site.GetDocumentAsync("/red-flags");
        var heading = page.Required(".care-card-emergency .care-card-heading");
        Assert.Equal("Immediate action required: ", heading.Required(".visually-hidden").TextContent);
        Assert.Equal(page.Required(".emergency-banner a").TextContent, heading.TextContent.Replace("Immediate action required: ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Home_shows_the_emergency_card_and_every_section_as_a_card()
    {
        var page = await real.Site.GetDocumentAsync("/");
        var card = page.Required("main .care-card-emergency");
        Assert.Contains("999", card.TextContent, StringComparison.Ordinal);
        Assert.All(card.QuerySelectorAll(".cite-popover > a"), a => Assert.StartsWith("/references#", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal(real.Slugs.Select(s => $"/{s}"), page.QuerySelectorAll(".section-card h3 a").Select(a => a.GetAttribute("href")));
        Assert.All(page.QuerySelectorAll(".section-card p"), p => Assert.NotEmpty(p.TextContent.Trim()));
    }

    [Fact]
    public async Task Every_article_carries_the_emergency_card_once_a_page_without_it_in_its_text_a_hidden_copy_for_paper()
    {
        foreach (var slug in real.Slugs)
        {
            var page = await real.Site.GetDocumentAsync($"/{slug}");
            var card = Assert.Single(page.QuerySelectorAll(".care-card-emergency"));
            if (page.QuerySelector(".article-body .care-card-emergency") is not null)
            {
                continue;
            }

            // Hidden on screen and from screen readers (the banner links to the signs), shown only by the print stylesheet;
            // without citation numbers, so none of the page's ids or tab stops repeat.
            var copy = page.Required(".print-emergency");
            Assert.True(copy.HasAttribute("hidden"), $"/{slug}: the paper copy of the emergency card is not hidden on screen");
            Assert.Same(copy, card.ParentElement);
            Assert.Empty(copy.QuerySelectorAll("[id], button, a, sup.cite"));
            Assert.Contains("999", card.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_page_that_shows_emergency_signs_shows_the_identical_list()
    {
        var lists = new Dictionary<string, string>();
        foreach (var path in RealSiteFixture.ReaderPaths())
        {
            var (_, page) = await real.Site.GetPageAsync(path);
            foreach (var card in page.QuerySelectorAll(".care-card-emergency"))
            {
                // Citation numbers follow each page's own order; the words must not differ.
                foreach (var citation in card.QuerySelectorAll("sup.cite, .cite-popover").ToList())
                {
                    citation.Remove();
                }

                lists[path] = string.Join("\n", card.QuerySelectorAll("li").Select(li => li.VisibleText()));
            }
        }

        Assert.Contains("/", lists.Keys);
        Assert.True(lists.Count >= 3, $"emergency signs on {string.Join(", ", lists.Keys)}");
        Assert.NotEmpty(lists["/"]);
        Assert.All(lists, page => Assert.True(page.Value == lists["/"], $"{page.Key} lists other emergency signs than the home page:\n{page.Value}"));
    }

    [Fact]
    public async Task Articles_with_three_or_more_sections_list_them_and_every_section_heading_links_to_itself()
    {
        foreach (var slug in real.Slugs)
        {
            var page = await real.Site.GetDocumentAsync($"/{slug}");
            var headings = page.QuerySelectorAll(".article-body h2, .article-body h3").Where(h => !h.ClassList.Contains("care-card-heading")).ToList();
            Assert.All(headings, h => Assert.Equal($"#{h.Id}", h.ParentElement!.Required("a.section-link").GetAttribute("href")));
            var sections = headings.Where(h => h.TagName == "H2").Select(h => $"#{h.Id}").ToList();
            if (sections.Count >= 3)
            {
                Assert.Equal(sections, page.QuerySelectorAll(".on-this-page a").Select(a => a.GetAttribute("href")));
            }
            else
            {
                Assert.Null(page.QuerySelector(".on-this-page"));
            }
        }
    }

    [Fact]
    public async Task Not_found_page_offers_search_and_sections()
    {
        var (response, page) = await real.Site.GetPageAsync("/no-such-page");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
        Assert.Equal(real.Slugs.Count, page.QuerySelectorAll("main .link-list a").Length);
        Assert.Equal("noindex", page.Required("meta[name=robots]").GetAttribute("content"));
    }
}
