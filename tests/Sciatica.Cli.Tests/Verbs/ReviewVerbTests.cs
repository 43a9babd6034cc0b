using Sciatica.Content;
using Sciatica.Content.Governance;

namespace Sciatica.Cli.Tests.Verbs;

/// <summary><c>review</c>, as a reviewer (or an editor on their behalf) types it, on a copy of the content.</summary>
public sealed class ReviewVerbTests : IDisposable
{
    /// <summary>An obviously invented reviewer, for fixtures only.</summary>
    private const string Reviewer = "Dr Ada Testperson, GP";

    private readonly TempContent _content = new();

    public ReviewVerbTests() => _content.WriteArticle("walking", "Walking helps [@guide, rec. 1.1.4].");

    [Fact]
    public void Records_who_reviewed_what_and_when_and_check_then_warns_about_a_later_change()
    {
        var (exit, output, _) = Cli.Run("review", "walking", "--by", Reviewer, "--content", _content.Root);

        Assert.Equal(0, exit);
        Assert.Contains($"by {Reviewer} on 2027-01-15: the text, 0 shared block(s) and 1 cited finding(s)", output, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Reviewed, _content.Load().Find("walking")!.Review.Status);
        Assert.DoesNotContain("SCI051", Cli.Run("check", "--content", _content.Root).Output, StringComparison.Ordinal);

        var path = Path.Combine(_content.Root, "articles", "walking.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Walking helps", "Walking often helps", StringComparison.Ordinal));
        var check = Cli.Run("check", "--content", _content.Root);

        Assert.Contains("warning SCI051: changed since review on 2027-01-15: the text;", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_the_repositorys_own_content_without_the_confirmation_and_changes_nothing()
    {
        var repository = Path.Combine(Path.GetTempPath(), "sciatica-repo-" + Guid.NewGuid().ToString("N"));
        var content = Path.Combine(repository, "content");
        try
        {
            Directory.CreateDirectory(repository);
            File.WriteAllText(Path.Combine(repository, ContentLocator.SolutionFile), "");
            Directory.Move(_content.Root, content);
            var before = File.ReadAllText(Path.Combine(content, "articles", "walking.md"));

            var (exit, _, error) = Cli.Run("review", "walking", "--by", Reviewer, "--content", content);

            Assert.Equal(2, exit);
            Assert.Contains("--confirm-real-review", error, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllText(Path.Combine(content, "articles", "walking.md")));
            Assert.Equal(0, Cli.Run("review", "walking", "--by", Reviewer, "--content", content, "--confirm-real-review").ExitCode);
        }
        finally
        {
            Directory.Move(content, _content.Root);
            Directory.Delete(repository, recursive: true);
        }
    }

    [Theory]
    [InlineData("walking", "Ada Testperson")] // no role
    [InlineData("no-such-page", Reviewer)]
    public void A_mistake_in_the_command_is_refused_with_exit_2(string slug, string by)
    {
        var (exit, _, error) = Cli.Run("review", slug, "--by", by, "--content", _content.Root);

        Assert.Equal(2, exit);
        Assert.NotEmpty(error);
        Assert.DoesNotContain("reviewed", File.ReadAllText(Path.Combine(_content.Root, "articles", "walking.md")), StringComparison.Ordinal);
    }

    public void Dispose() => _content.Dispose();
}
