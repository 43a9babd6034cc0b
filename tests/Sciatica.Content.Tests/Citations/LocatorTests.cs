using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Citations;

/// <summary>Body text starts on line 8 (after <see cref="ContentAssert.FrontMatter"/>).</summary>
public class LocatorTests
{
    [Fact]
    public void A_locator_names_its_finding_ignoring_case_and_repeated_spaces()
    {
        var file = ContentAssert.File("Scans are rarely needed [@guide, REC.  1.1.4].");
        var mark = Assert.Single(ContentAssert.Readable(file).Citations);
        Assert.Equal("rec. 1.1.4", mark.Finding?.At);
        Assert.DoesNotContain(file.Diagnostics, d => d.Code is "SCI065" or "SCI064");
    }

    [Fact]
    public void A_citation_without_a_locator_is_reported_at_its_own_at_sign()
    {
        var diagnostic = Assert.Single(ContentAssert.Errors("Rest does not help [@guide, rec. 1.1.9; @second].", "SCI064"));
        Assert.Equal((Severity.Error, 8, 41), (diagnostic.Severity, diagnostic.Line, diagnostic.Column));
        Assert.Contains("'@second' names no finding", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("[@second, abstract]", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_locator_is_reported_with_the_closest_finding_of_that_source()
    {
        var diagnostic = Assert.Single(ContentAssert.Errors("Line one.\nScans are rarely needed [@guide, rec 1.1.4].", "SCI065"));
        Assert.Equal((Severity.Error, 9, 26), (diagnostic.Severity, diagnostic.Line, diagnostic.Column));
        Assert.Equal("'rec 1.1.4' is not a finding of 'guide'; did you mean 'rec. 1.1.4'?", diagnostic.Message);
    }

    [Fact]
    public void The_suggestion_comes_from_the_cited_source_only()
    {
        var diagnostic = Assert.Single(ContentAssert.Errors("Most ease [@second, abstrct].", "SCI065"));
        Assert.EndsWith("did you mean 'abstract'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_source_may_be_cited_twice_in_a_bracket_for_two_findings()
    {
        var file = ContentAssert.File("Scans rarely help and exercise does [@guide, rec. 1.1.4; @guide, rec. 1.1.9].");
        var article = ContentAssert.Readable(file);
        Assert.Equal(["rec. 1.1.4", "rec. 1.1.9"], article.Citations.Select(c => c.Finding?.At));
        // One number at one place (AMA): both findings lead to it.
        Assert.Equal(["cite-1-1", "cite-1-1"], article.Citations.Select(c => c.AnchorId));
        Assert.DoesNotContain(file.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_citation_spread_over_two_lines_reports_each_item_on_its_own_line()
    {
        var diagnostics = ContentAssert.Errors("A claim [@guide, rec. 9;\n@second, p. 99].", "SCI065");
        Assert.Equal([(8, 10), (9, 1)], diagnostics.Select(d => (d.Line, d.Column)));
    }
}
