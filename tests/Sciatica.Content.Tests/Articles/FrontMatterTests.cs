using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Articles;

public class FrontMatterTests
{
    private static ArticleFile Load(string frontMatter) =>
        ArticleLoader.Parse("test", $"---\n{frontMatter}\n---\n\nBody [@guide, rec. 1.1.4].\n", ContentAssert.Registry, new DiagnosticBag("test.md"));

    private const string Valid = "title: T\nsummary: S\norder: 2\nupdated: 2026-11-24\nnext-review: 2027-11-24";

    [Fact]
    public void Reads_every_field()
    {
        var front = ContentAssert.Readable(Load(Valid + "\ndraft: true\nreviewed: 2026-11-25\nreviewed-by: A. Placeholder, GP\nchanges: New table.")).FrontMatter;
        Assert.Equal(("T", "S", (int?)2), (front.Title, front.Summary, front.Order));
        Assert.Equal((new DateOnly(2026, 11, 24), new DateOnly(2027, 11, 24)), (front.Updated, front.NextReview));
        Assert.True(front.Draft);
        Assert.Equal((new DateOnly(2026, 11, 25), "A. Placeholder", "GP"), (front.Review!.Date, front.Review.Name, front.Review.Role));
        Assert.Equal("New table.", front.Changes);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    [InlineData("order")]
    [InlineData("updated")]
    [InlineData("next-review")]
    public void A_missing_required_field_is_an_error_that_names_it(string field)
    {
        var without = string.Join("\n", Valid.Split('\n').Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal)));
        var article = Load(without);
        Assert.True(article.HasErrors);
        Assert.Contains(article.Diagnostics, d => d.Code == "SCI012" && d.Message.Contains($"'{field}'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_date_is_reported_at_its_line_and_column()
    {
        var error = Assert.Single(Load(Valid.Replace("updated: 2026-11-24", "updated: 24/11/2026", StringComparison.Ordinal)).Diagnostics,
            d => d.Code == "SCI013");
        Assert.Equal((5, 10), (error.Line, error.Column));
        Assert.Contains("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_review_must_come_after_updated() =>
        Assert.Contains(Load(Valid.Replace("2027-11-24", "2026-01-01", StringComparison.Ordinal)).Diagnostics,
            d => d.Code == "SCI015" && d.Line == 6);

    [Fact]
    public void Without_a_review_there_is_no_review_to_show() =>
        Assert.Null(ContentAssert.Readable(Load(Valid)).FrontMatter.Review);

    [Theory]
    [InlineData("reviewed: 2026-11-25", 11, "'reviewed' needs 'reviewed-by'")]
    [InlineData("reviewed-by: A. Placeholder, GP", 14, "'reviewed-by' needs 'reviewed'")]
    public void A_review_date_and_reviewer_come_together_or_not_at_all(string line, int column, string message)
    {
        var article = Load(Valid + "\n" + line);
        var error = Assert.Single(article.Diagnostics, d => d.IsError);
        Assert.Equal(("SCI019", 7, column), (error.Code, error.Line, error.Column));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Null(article.Article);
    }

    [Fact]
    public void A_reviewer_is_a_name_and_a_role()
    {
        var error = Assert.Single(Load(Valid + "\nreviewed: 2026-11-25\nreviewed-by: A. Placeholder").Diagnostics, d => d.IsError);
        Assert.Equal(("SCI013", 8, 14), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_key_is_a_warning_so_a_typo_does_not_pass_silently()
    {
        var article = Load(Valid + "\nreveiwed-by: Dr A");
        var warning = Assert.Single(article.Diagnostics, d => d.Code == "SCI014");
        Assert.Equal((Severity.Warning, 7), (warning.Severity, warning.Line));
        Assert.False(article.HasErrors);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_with_the_file_line()
    {
        var article = Load(Valid + "\ntitle: [unclosed");
        var error = Assert.Single(article.Diagnostics, d => d.Code == "SCI011");
        Assert.True(error.Line >= 7, $"line {error.Line}");
        Assert.Null(article.Article);
    }

    [Fact]
    public void An_article_without_front_matter_is_an_error() =>
        Assert.Contains(ArticleLoader.Parse("x", "Just text [@guide, rec. 1.1.4].", ContentAssert.Registry, new DiagnosticBag("x.md")).Diagnostics,
            d => d.Code == "SCI011");

    [Fact]
    public void Wrong_types_are_errors_not_crashes()
    {
        var article = Load("title: [a, b]\nsummary: {x: 1}\norder: first\nupdated: 2026-11-24\nnext-review: 2027-11-24\ndraft: maybe");
        Assert.Equal(4, article.Diagnostics.Count(d => d.Code == "SCI013"));
    }

    [Fact]
    public void A_summary_over_160_characters_is_an_error() =>
        Assert.Contains(Load(Valid.Replace("summary: S", "summary: " + new string('a', 161), StringComparison.Ordinal)).Diagnostics,
            d => d.Code == "SCI013" && d.Message.Contains("160", StringComparison.Ordinal));
}
