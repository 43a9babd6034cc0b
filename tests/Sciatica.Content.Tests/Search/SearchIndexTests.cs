using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Search;

namespace Sciatica.Content.Tests.Search;

public class SearchIndexTests
{
    private static Article Article(string slug, string title, int order, string body) => ContentAssert.Readable(
        ArticleLoader.Parse(slug, $"---\ntitle: {title}\nsummary: About {title}.\norder: {order}\nupdated: 2026-11-24\nnext-review: 2027-11-24\n---\n\n{body}", ContentAssert.Registry, new DiagnosticBag(slug)));

    private static readonly SearchIndex Index = SearchIndex.Build(
    [
        Article("imaging", "Scans", 1, "## Why scans wait\n\nAn MRI scan uses a magnet [@guide, rec. 1.1.4]. Most people need no scan [@guide, rec. 1.1.4].\n"),
        Article("activity", "Staying active", 2, "## Exercise\n\nExercise helps [@guide, rec. 1.1.4]. A scan is rarely needed [@guide, rec. 1.1.4].\n"),
        Article("surgery", "Surgery", 3, "Surgery is an option [@guide, rec. 1.1.4].\n"),
    ]);

    private static IReadOnlyList<SearchResult> Search(string query) => Index.Search(query, _ => true).Results;

    [Fact]
    public void Ranks_a_title_match_above_a_passing_mention()
    {
        Assert.Equal(["imaging", "activity"], Search("scans").Select(r => r.Article.Slug));
    }

    [Fact]
    public void Plurals_and_case_match_the_same_term()
    {
        Assert.Equal(Search("Scan").Select(r => r.Article.Slug), Search("SCANS").Select(r => r.Article.Slug));
        Assert.Equal("imaging", Assert.Single(Search("mri")).Article.Slug);
    }

    [Fact]
    public void Points_to_the_best_section_and_highlights_the_words_in_a_snippet()
    {
        var result = Search("MRI").Single();
        Assert.Equal("why-scans-wait", result.Section?.Id);
        Assert.Equal(["MRI"], result.Snippet.Where(p => p.IsMatch).Select(p => p.Text));
        Assert.Equal("An MRI scan uses a magnet. Most people need no scan.", string.Concat(result.Snippet.Select(p => p.Text)));
    }

    [Fact]
    public void Articles_matching_more_of_the_query_rank_first()
    {
        Assert.Equal("activity", Search("exercise scan")[0].Article.Slug);
    }

    [Fact]
    public void A_word_few_pages_have_outweighs_one_every_page_has()
    {
        // Counted alike, "legs" would win on its many legs; "leg" is on every page, "tingling" on two.
        var index = SearchIndex.Build(
        [
            Article("legs", "Cramps", 1, "## Leg pain\n\nLeg pain, leg cramps and a stiff leg. The leg may tingle [@guide, rec. 1.1.4].\n"),
            Article("feelings", "Feelings", 2, "A leg can tingle. Tingling comes and goes [@guide, rec. 1.1.4].\n"),
            .. Enumerable.Range(3, 4).Select(i => Article($"page-{i}", $"Page {i}", i, "Rest your leg [@guide, rec. 1.1.4].\n")),
        ]);

        Assert.Equal("feelings", index.Search("tingling leg", _ => true).Results[0].Article.Slug);
    }

    [Fact]
    public void An_ampersand_between_letters_makes_one_word_so_a_and_e_is_not_the_letter_e()
    {
        Assert.Equal(["a&e", "now"], SearchTerms.Of("Go to A&E now."));
        Assert.Equal(["salt", "pepper"], SearchTerms.Of("salt & pepper"));
        var index = SearchIndex.Build(
        [
            Article("vitamins", "Vitamins", 1, "Vitamin E and vitamin A are in food [@guide, rec. 1.1.4].\n"),
            Article("urgent", "Urgent help", 2, "Go to A&E if you cannot feel your bottom [@guide, rec. 1.1.4].\n"),
        ]);

        var found = Assert.Single(index.Search("when to go to a&e", _ => true).Results);
        Assert.Equal("urgent", found.Article.Slug);
        Assert.Equal(["A&E"], found.Snippet.Where(p => p.IsMatch).Select(p => p.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of")]
    [InlineData("zzqx")]
    [InlineData("<script>alert(1)</script>")]
    public void Empty_filler_or_unknown_queries_find_nothing_without_failing(string query) =>
        Assert.Empty(Search(query));

    [Fact]
    public void Hidden_articles_are_not_returned()
    {
        Assert.Empty(Index.Search("surgery", a => a.Slug != "surgery").Results);
    }

    [Fact]
    public void Results_come_in_pages_of_twenty_in_rank_order()
    {
        var many = SearchIndex.Build(Enumerable.Range(1, 45).Select(i =>
            Article($"page-{i}", $"Page {i}", i, i % 2 == 0 ? "Walking helps and walking is good [@guide, rec. 1.1.4].\n" : "Walking helps [@guide, rec. 1.1.4].\n")));

        var first = many.Search("walking", _ => true);
        var third = many.Search("walking", _ => true, page: 3);

        Assert.Equal((45, 1, 3), (first.Total, first.Page, first.PageCount));
        Assert.Equal(20, first.Results.Count);
        Assert.All(first.Results, r => Assert.Equal(0, int.Parse(r.Article.Slug[5..], System.Globalization.CultureInfo.InvariantCulture) % 2));
        Assert.Equal(["page-41", "page-43", "page-45"], third.Results.Select(r => r.Article.Slug).TakeLast(3));
        Assert.Equal(5, third.Results.Count);
        var all = Enumerable.Range(1, 3).SelectMany(p => many.Search("walking", _ => true, p).Results).Select(r => r.Article.Slug).ToList();
        Assert.Equal(45, all.Distinct().Count());
    }

    /// <summary>Forty-five pages in shuffled build order: every third has both words, the rest one or the other, some twice.</summary>
    private static readonly SearchIndex Mixed = SearchIndex.Build(Enumerable.Range(1, 45).OrderBy(i => (i * 17) % 45).Select(i =>
        Article($"page-{i}", $"Page {i}", i, (i % 3) switch
        {
            0 => "Walking and resting both help [@guide, rec. 1.1.4].\n",
            1 => i % 2 == 0 ? "Walking helps, walking daily [@guide, rec. 1.1.4].\n" : "Walking helps [@guide, rec. 1.1.4].\n",
            _ => "Resting helps [@guide, rec. 1.1.4].\n",
        })));

    private static List<SearchResult> AllPages(SearchIndex index, string query)
    {
        var first = index.Search(query, _ => true);
        return [.. Enumerable.Range(1, first.PageCount).SelectMany(p => index.Search(query, _ => true, p).Results)];
    }

    [Fact]
    public void Each_page_continues_where_the_one_before_ended_down_to_the_last()
    {
        var all = AllPages(Mixed, "walking resting");

        Assert.Equal(45, all.Count);
        Assert.Equal(45, all.Select(r => r.Article.Slug).Distinct().Count());
        // Never a better result after a worse one, across page boundaries too.
        Assert.All(all.Zip(all.Skip(1)), pair =>
            Assert.True(pair.First.MatchedTerms > pair.Second.MatchedTerms
                || (pair.First.MatchedTerms == pair.Second.MatchedTerms && pair.First.Score >= pair.Second.Score),
                $"{pair.First.Article.Slug} before {pair.Second.Article.Slug}"));
        Assert.All(all.Take(15), r => Assert.Equal(2, r.MatchedTerms));
    }

    [Fact]
    public void Equal_matches_come_in_reading_order_whatever_order_the_index_was_built_in()
    {
        // Thirty pages say "resting" once and nowhere else: the same score, so reading order decides.
        var equals = AllPages(Mixed, "resting");
        Assert.Equal(30, equals.Count);
        Assert.Single(equals.Select(r => r.Score).Distinct());
        Assert.Equal(equals.Select(r => r.Article.FrontMatter.Order).Order(), equals.Select(r => r.Article.FrontMatter.Order));
        Assert.Equal(AllPages(Mixed, "resting").Select(r => r.Article.Slug), AllPages(Mixed, "resting").Select(r => r.Article.Slug));
    }

    [Fact]
    public void The_last_page_holds_the_rest_and_a_page_past_it_shows_the_last()
    {
        var last = Mixed.Search("walking", _ => true, page: 2);
        var past = Mixed.Search("walking", _ => true, page: 7);

        Assert.Equal((30, 2, 2, 10), (last.Total, last.Page, last.PageCount, last.Results.Count));
        Assert.Equal(last.Results.Select(r => r.Article.Slug), past.Results.Select(r => r.Article.Slug));
        Assert.Equal(2, past.Page);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(99, 1)]
    public void A_page_number_out_of_range_shows_the_nearest_page(int asked, int shown)
    {
        var result = Index.Search("scan", _ => true, asked);
        Assert.Equal(shown, result.Page);
        Assert.Equal(2, result.Results.Count);
    }

    [Fact]
    public void A_pages_own_words_outrank_the_same_words_placed_on_many_pages_from_a_shared_block()
    {
        using var content = new TempContent();
        content.WriteBlock("emergency-signs.md", "::: emergency\nCall 999 (911, 112 or 000 outside the UK) now if you have tingling between your legs [@guide, rec. 1.1.4].\n:::\n");
        content.WriteArticle("aaa-first", "--8<-- \"emergency-signs.md\"\n\nRest is not advised [@guide, rec. 1.1.4].", order: 1);
        content.WriteArticle("feelings", "Your leg may feel numb [@guide, rec. 1.1.4].\n\nIt may tingle [@guide, rec. 1.1.4].", order: 2);
        var snapshot = content.Load();
        Assert.Equal(["feelings", "aaa-first"], snapshot.Search.Search("tingling", _ => true).Results.Select(r => r.Article.Slug));
        var placed = snapshot.Find("aaa-first")!;
        Assert.Contains("<div class=\"care-card care-card-emergency\" data-pagefind-weight=\"0.25\">", placed.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pagefind-weight", snapshot.Find("feelings")!.Html, StringComparison.Ordinal);
    }
}
