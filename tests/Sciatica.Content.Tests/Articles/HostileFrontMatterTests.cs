using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Yaml;

namespace Sciatica.Content.Tests.Articles;

/// <summary>Front matter written to break the loader ends as a located diagnostic, never an exception.</summary>
public class HostileFrontMatterTests
{
    private const string Body = "\nText [@guide, rec. 1.1.4].\n";

    [Fact]
    public void A_yaml_alias_bomb_is_cheap_and_rejected_as_the_wrong_type()
    {
        var bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
            + "title: *f\nsummary: *f\norder: 1\nupdated: 2026-11-24\nnext-review: 2027-11-24\n---\n";
        var article = Parse(bomb + Body);
        Assert.Null(article.Article);
        Assert.Contains(article.Diagnostics, d => d.Code == "SCI013" && d.Message.Contains("'title' must be non-empty text", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("title: [a, list]", "title")]
    [InlineData("title: {a: map}", "title")]
    [InlineData("order: one", "order")]
    [InlineData("order: 99999999999999999999", "order")]
    [InlineData("updated: yesterday", "updated")]
    [InlineData("draft: maybe", "draft")]
    public void Wrong_types_are_reported_at_their_line(string line, string key)
    {
        var fields = new Dictionary<string, string>
        {
            ["title"] = "title: T",
            ["summary"] = "summary: S",
            ["order"] = "order: 1",
            ["updated"] = "updated: 2026-11-24",
            ["next-review"] = "next-review: 2027-11-24",
            ["draft"] = "draft: false",
        };
        fields[key] = line;
        var article = Parse("---\n" + string.Join('\n', fields.Values) + "\n---\n" + Body);
        Assert.Null(article.Article);
        var error = Assert.Single(article.Diagnostics, d => d.Code == "SCI013");
        Assert.Equal(2 + fields.Keys.ToList().IndexOf(key), error.Line);
    }

    [Fact]
    public void A_huge_title_is_refused()
    {
        var article = Parse($"---\ntitle: {new string('a', 500_000)}\nsummary: S\norder: 1\nupdated: 2026-11-24\nnext-review: 2027-11-24\n---\n" + Body);
        Assert.Null(article.Article);
        Assert.Contains(article.Diagnostics, d => d.Code == "SCI013" && d.Message.Contains("keep it to 120", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{a: ")]
    public void Deeply_nested_yaml_is_refused_before_it_is_parsed(string open)
    {
        var article = Parse("---\ntitle: " + string.Concat(Enumerable.Repeat(open, 100_000)) + "\n---\n" + Body);
        Assert.Null(article.Article);
        Assert.Contains(article.Diagnostics, d => d is { IsError: true, Line: 2 });
    }

    [Theory]
    [InlineData("k: " + "[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]", "nested more than 16 deep")]
    [InlineData("k: [\n" + "[\n[\n[\n[\n[\n[\n[\n[\n[\n[\n[\n[\n[\n[\n[\n[\n[\n", "nested more than 16 deep")]
    public void The_yaml_reader_refuses_deep_flow_nesting_itself(string yaml, string message)
    {
        Assert.Null(YamlText.Parse(yaml, out var error));
        Assert.Contains(message, error!.Value.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: [unclosed")]
    [InlineData("title: {unclosed")]
    [InlineData("title: \"unclosed")]
    public void Unfinished_yaml_is_a_located_error_not_an_exception(string line)
    {
        var article = Parse("---\n" + line + "\nsummary: S\norder: 1\nupdated: 2026-11-24\nnext-review: 2027-11-24\n---\n" + Body);
        Assert.Null(article.Article);
        Assert.Contains(article.Diagnostics, d => d is { Code: "SCI011", IsError: true });
    }

    [Fact]
    public void The_yaml_reader_refuses_deep_block_nesting_itself()
    {
        var nested = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + "k:\n"));
        Assert.Null(YamlText.Parse(nested, out var error));
        Assert.Equal((66, 1), (error!.Value.Line, error.Value.Column));
    }

    [Fact]
    public void Quoted_brackets_do_not_count_as_nesting()
    {
        Assert.NotNull(YamlText.Parse("title: \"[[[[[[[[[[[[[[[[[[[[[\"\nsummary: '{{{{{{{{{{{{{{{{{{{{{{{'", out var error));
        Assert.Null(error);
    }

    [Fact]
    public void A_title_that_closes_the_title_element_is_kept_as_plain_text()
    {
        var article = ContentAssert.Readable(Parse("---\ntitle: \"</title><script>alert(1)</script>\"\nsummary: \"\\\" onload=\\\"alert(1)\"\norder: 1\nupdated: 2026-11-24\nnext-review: 2027-11-24\n---\n" + Body));
        Assert.Equal("</title><script>alert(1)</script>", article.FrontMatter.Title);
        Assert.Equal("\" onload=\"alert(1)", article.FrontMatter.Summary);
    }

    private static ArticleFile Parse(string text) =>
        ArticleLoader.Parse("test", text, ContentAssert.Registry, new DiagnosticBag("test.md"));
}
