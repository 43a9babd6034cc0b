using System.Text.RegularExpressions;
using Sciatica.Content;

namespace Sciatica.Cli.Tests.Verbs;

public sealed class NewVerbTests : IDisposable
{
    private readonly TempContent _content = new();

    [Fact]
    public void Scaffolds_a_draft_whose_only_error_is_its_first_uncited_claim()
    {
        _content.WriteArticle("existing", "A claim [@guide, rec. 1.1.4] [@second, abstract].", order: 7);

        var (exit, output, _) = Cli.Run("new", "leg-exercises", "--title", "Exercises: for your legs", "--content", _content.Root);

        Assert.Equal(0, exit);
        Assert.Contains("order 8", output, StringComparison.Ordinal);
        var snapshot = _content.Load();
        var article = snapshot.Find("leg-exercises")!;
        Assert.Null(article);
        var scaffold = Assert.Single(snapshot.Failed);
        var today = DateOnly.FromDateTime(TestClock.Now.UtcDateTime);
        Assert.Equal("Exercises: for your legs", scaffold.Article?.FrontMatter.Title);
        Assert.Equal(8, scaffold.Article?.FrontMatter.Order);
        Assert.Equal(today, scaffold.Article?.FrontMatter.Updated);
        Assert.Equal(today.AddYears(1), scaffold.Article?.FrontMatter.NextReview);
        Assert.True(scaffold.Article?.FrontMatter.Draft);
        var error = Assert.Single(snapshot.Diagnostics, d => d.IsError);
        Assert.Equal("SCI001", error.Code);
    }

    [Fact]
    public void The_scaffold_passes_check_once_its_first_claim_is_cited()
    {
        Cli.Run("new", "walking", "--title", "Walking", "--content", _content.Root);
        var path = Path.Combine(_content.Root, "articles", "walking.md");
        var lines = File.ReadAllLines(path).ToList();
        var claim = lines.FindIndex(l => l.StartsWith("Replace this", StringComparison.Ordinal));
        // The syntax the scaffold shows, with the first finding of this content's own registry.
        var example = Regex.Match(lines[claim], "`(\\[@[^`]+\\])`").Groups[1].Value;
        Assert.Equal("[@guide, rec. 1.1.4]", example);
        lines[claim] = $"Walking helps most people {example}.";
        File.WriteAllLines(path, lines);

        var (exit, output, _) = Cli.Run("check", "--content", _content.Root);

        Assert.Equal(0, exit);
        Assert.Contains("0 errors", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("existing")]
    [InlineData("Bad_Slug")]
    [InlineData("-leading")]
    [InlineData("about")]
    [InlineData("references")]
    public void Refuses_an_existing_invalid_or_taken_slug_with_exit_code_2_and_changes_nothing(string slug)
    {
        var existing = _content.WriteArticle("existing", "A claim [@guide, rec. 1.1.4] [@second, abstract].");
        var before = File.ReadAllText(existing);

        var (exit, _, error) = Cli.Run("new", slug, "--title", "Anything", "--content", _content.Root);

        Assert.Equal(2, exit);
        Assert.NotEmpty(error);
        Assert.Equal(before, File.ReadAllText(existing));
        Assert.Single(Directory.GetFiles(Path.Combine(_content.Root, "articles")));
    }

    public static TheoryData<string> SiteAddresses() => [.. SitePages.ReservedSlugs];

    [Theory]
    [MemberData(nameof(SiteAddresses))]
    public void Refuses_each_of_the_sites_own_addresses_and_names_them_all(string slug)
    {
        var (exit, _, error) = Cli.Run("new", slug, "--title", "Anything", "--content", _content.Root);

        Assert.Equal(2, exit);
        Assert.Contains($"'{slug}' is taken: /{slug} is one of the site's own addresses (about, references, search, error, status, healthz, css, js, pagefind, connect); pick another slug", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_content.Root, "articles", slug + ".md")));
    }

    [Fact]
    public void Dates_the_draft_by_the_clock_it_is_given()
    {
        Cli.RunOn(new DateTimeOffset(2031, 6, 1, 23, 30, 0, TimeSpan.Zero), "new", "walking", "--title", "Walking", "--content", _content.Root);

        var text = File.ReadAllText(Path.Combine(_content.Root, "articles", "walking.md"));
        Assert.Contains("updated: 2031-06-01\n", text, StringComparison.Ordinal);
        Assert.Contains("next-review: 2032-06-01\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Needs_a_title() =>
        Assert.Equal(2, Cli.Run("new", "walking", "--content", _content.Root).ExitCode);

    public void Dispose() => _content.Dispose();
}
