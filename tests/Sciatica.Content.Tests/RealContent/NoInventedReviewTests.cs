namespace Sciatica.Content.Tests.RealContent;

/// <summary>No clinician has reviewed the real pages yet: none may say so until one really does.</summary>
public sealed class NoInventedReviewTests
{
    [Fact]
    public void No_page_in_the_repositorys_content_claims_a_review()
    {
        var root = ContentLocator.DefaultRoot();
        var pages = Directory.EnumerateFiles(Path.Combine(root, ContentSnapshot.ArticlesFolder), "*.md").Append(Path.Combine(root, ContentSnapshot.AboutFile)).ToList();

        Assert.True(pages.Count > 1, $"found the real pages in {root}");
        Assert.All(pages, page => Assert.DoesNotContain(File.ReadLines(page), line => line.StartsWith("reviewed", StringComparison.Ordinal)));
    }
}
