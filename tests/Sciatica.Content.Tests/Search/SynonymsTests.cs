using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Search;

namespace Sciatica.Content.Tests.Search;

public class SynonymsTests
{
    private const string File = """
        # Patients' words beside the articles' words.
        - [bottom, bum, buttock]
        - [pins and needles, tingling]
        - [painkiller, analgesic]
        """;

    private static Article Article(string slug, string title, int order, string body) => ContentAssert.Readable(
        ArticleLoader.Parse(slug, $"---\ntitle: {title}\nsummary: About {title}.\norder: {order}\nupdated: 2026-11-24\nnext-review: 2027-11-24\n---\n\n{body}", ContentAssert.Registry, new DiagnosticBag(slug)));

    private static readonly SearchIndex Index = SearchIndex.Build(
        [
            Article("feelings", "What it feels like", 1, "Pain can spread to the buttock, with tingling and numbness in the leg [@guide, rec. 1.1.4].\n"),
            Article("bed", "Sleeping", 2, "Sleeping on your side with a pillow can help [@guide, rec. 1.1.4].\n"),
            Article("analgesic", "Medicines A", 3, "An analgesic eases pain [@guide, rec. 1.1.4].\n"),
            Article("painkiller", "Medicines B", 5, "A painkiller eases pain [@guide, rec. 1.1.4].\n"),
            Article("needles", "Acupuncture", 4, "Acupuncture uses fine needles and pins nothing [@guide, rec. 1.1.4].\n"),
        ],
        Synonyms.Parse(File, new DiagnosticBag("synonyms.yaml")));

    private static SearchResultPage Search(string query) => Index.Search(query, _ => true);

    private static List<string> Slugs(string query) => [.. Search(query).Results.Select(r => r.Article.Slug)];

    [Fact]
    public void A_patients_word_finds_the_articles_word_and_says_what_else_was_searched_for()
    {
        var results = Search("numb bum");
        Assert.Equal("feelings", results.Results[0].Article.Slug);
        Assert.Equal(["bottom", "buttock"], results.AlsoSearchedFor);
        Assert.Contains(results.Results[0].Snippet, p => p.IsMatch && p.Text == "buttock");
    }

    [Fact]
    public void Word_forms_match_through_the_stemmer()
    {
        Assert.Equal(["bed"], Slugs("sleep"));
        Assert.Equal(["bed"], Slugs("sleeps"));
        Assert.Equal("feelings", Slugs("numbed legs")[0]);
        Assert.Equal("feelings", Slugs("buttocks")[0]);
    }

    [Fact]
    public void A_phrase_expands_only_when_typed_whole()
    {
        var phrase = Search("pins and needles");
        Assert.Equal(["tingling"], phrase.AlsoSearchedFor);
        Assert.Equal(["needles", "feelings"], Slugs("pins and needles"));
        Assert.Empty(Search("pins").AlsoSearchedFor);
        Assert.Equal(["needles"], Slugs("pins"));
    }

    [Fact]
    public void A_phrase_matches_where_its_words_are_together_in_any_order_never_scattered_over_a_page()
    {
        var index = SearchIndex.Build(
            [
                Article("scattered", "Recovery", 1, "Most people come through it well. Back pain eases [@guide, rec. 1.1.4].\n"),
                Article("together", "Later on", 2, "Sciatica can come back [@guide, rec. 1.1.4].\n"),
                Article("reordered", "Bladder", 3, "Tell a doctor about problems with your bladder [@guide, rec. 1.1.4].\n"),
            ],
            Synonyms.Parse("- [come back, recur]\n- [bladder problems, wet myself]\n", new DiagnosticBag("synonyms.yaml")));

        Assert.Equal(["together"], index.Search("will it come back", _ => true).Results.Select(r => r.Article.Slug));
        Assert.Equal(["reordered"], index.Search("wet myself", _ => true).Results.Select(r => r.Article.Slug));
    }

    [Fact]
    public void The_word_typed_counts_more_than_its_synonym()
    {
        Assert.Equal(["analgesic", "painkiller"], Slugs("analgesic"));
        // Reading order alone would put "analgesic" first: the word typed decides.
        Assert.Equal(["painkiller", "analgesic"], Slugs("painkillers"));
    }

    [Fact]
    public void A_group_named_twice_in_a_query_counts_once()
    {
        Assert.Equal(["bottom", "buttock"], Search("bum bum").AlsoSearchedFor);
        Assert.Equal(Search("bum").Results[0].Score, Search("bum buttock").Results[0].Score);
    }

    [Theory]
    [InlineData("- [bum]\n", 1, 3, "SCI110", "only 'bum'")]
    [InlineData("- [bum, bottom]\n- [buttock, bottoms, backside]\n", 2, 13, "SCI111", "'bottoms' searches the same as 'bottom' at line 1:9")]
    [InlineData("- [bum, the, bottom]\n", 1, 9, "SCI110", "'the' has only words search ignores")]
    [InlineData("- bum\n", 1, 3, "SCI110", "a group is a list")]
    [InlineData("bum: bottom\n", 1, 1, "SCI110", "expected a list of groups")]
    [InlineData("- [bum, [bottom], buttock]\n", 1, 9, "SCI110", "each entry is a word or phrase")]
    [InlineData("- [bum, bottom\n", 2, 1, "SCI110", "invalid YAML")]
    public void Mistakes_are_reported_at_their_line_and_column(string yaml, int line, int column, string code, string message)
    {
        var diagnostics = new DiagnosticBag("content/synonyms.yaml");
        Synonyms.Parse(yaml, diagnostics);
        var problem = Assert.Single(diagnostics.Items);
        Assert.Equal(("content/synonyms.yaml", line, column, code), (problem.File, problem.Line, problem.Column, problem.Code));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.True(problem.IsError);
    }

    [Fact]
    public void A_bad_group_is_left_out_and_the_others_still_work()
    {
        var synonyms = Synonyms.Parse("- [bum]\n- [bottom, buttock]\n", new DiagnosticBag("synonyms.yaml"));
        Assert.Equal([["bottom", "buttock"]], synonyms.Groups.Select(g => g.Select(e => e.Text)));
    }

    [Fact]
    public void The_snapshot_reports_the_file_to_check_and_searches_with_it()
    {
        using var content = new TempContent();
        content.WriteArticle("feelings", "Pain can spread to the buttock [@guide, rec. 1.1.4].");
        System.IO.File.WriteAllText(Path.Combine(content.Root, Synonyms.File), "- [bum, buttock]\n- [bottom]\n");
        var snapshot = content.Load();
        var problem = Assert.Single(snapshot.Diagnostics, d => d.Code == SynonymRules.SynonymsInvalid.Code);
        Assert.Equal((content.Shown(Synonyms.File), 2, 3), (problem.File, problem.Line, problem.Column));
        Assert.Equal("feelings", Assert.Single(snapshot.Search.Search("bum", _ => true).Results).Article.Slug);
    }

    [Fact]
    public void The_static_copys_script_gets_every_word_form_the_stemmer_folds_to_an_entrys_term()
    {
        var browser = BrowserSynonyms.Of(Synonyms.Parse(File, new DiagnosticBag("synonyms.yaml")));
        Assert.Equal("buttock", browser.Forms["buttocks"]);
        Assert.Equal(browser.Forms["needle"], browser.Forms["needles"]);
        Assert.Equal(SearchTerms.Normalize("painkillers"), browser.Forms["painkillers"]);
        Assert.All(browser.Forms, form => Assert.Equal(SearchTerms.Normalize(form.Key), form.Value));
        Assert.Contains("and", browser.Filler);
        Assert.Equal(SearchIndex.SynonymWeight, browser.SynonymWeight);
    }
}
