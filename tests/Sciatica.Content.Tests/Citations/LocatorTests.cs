namespace Sciatica.Content.Tests.Citations;

/// <summary>Body text starts on line 8 (after <see cref="ContentAssert.FrontMatter"/>).</summary>
public class LocatorTests
{
    [Fact]
    public void A_locator_names_its_finding_ignoring_case_and_repeated_spaces()
    {
        var article = ContentAssert.Body("Scans are rarely needed [@guide, REC.  1.1.4].");
        var mark = Assert.Single(article.Citations);
        Assert.Equal("rec. 1.1.4", mark.Finding?.At);
    }

    [Fact]
    public void One_source_may_be_cited_twice_in_a_bracket_for_two_findings()
    {
        var article = ContentAssert.Body("Scans rarely help and exercise does [@guide, rec. 1.1.4; @guide, rec. 1.1.9].");
        Assert.Equal(["rec. 1.1.4", "rec. 1.1.9"], article.Citations.Select(c => c.Finding?.At));
        Assert.Equal(["cite-1-1", "cite-1-2"], article.Citations.Select(c => c.AnchorId));
        Assert.DoesNotContain(article.Diagnostics, d => d.IsError);
    }
}
