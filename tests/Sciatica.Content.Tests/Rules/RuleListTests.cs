using Sciatica.Content.Rules;

namespace Sciatica.Content.Tests.Rules;

/// <summary>The one list of rules: every code once, each explained, and the editor's guide written from it.</summary>
public class RuleListTests
{
    [Fact]
    public void Every_code_is_unique_and_every_rule_says_what_it_means_and_how_to_fix_it()
    {
        Assert.Equal(RuleList.All.Count, RuleList.All.Select(r => r.Code).Distinct().Count());
        Assert.Equal(RuleList.All.Count, RuleList.All.Select(r => r.Name).Distinct().Count());
        Assert.All(RuleList.All, r =>
        {
            Assert.Matches("^SCI[0-9]{3}$", r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Help));
            Assert.DoesNotContain('\n', r.Title);
        });
    }

    [Fact]
    public void A_rule_that_runs_reports_only_codes_of_its_own_scope()
    {
        Assert.All(RuleList.PageRules.SelectMany(r => r.Reports), r => Assert.Equal(RuleScope.Page, r.Scope));
        Assert.All(RuleList.SiteRules.SelectMany(r => r.Reports), r => Assert.Equal(RuleScope.Site, r.Scope));
    }

    [Fact]
    public void The_editors_guide_lists_exactly_the_rules()
    {
        var guide = File.ReadAllText(Path.Combine(ContentLocator.DefaultRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = guide.IndexOf(RuleGuide.Begin, StringComparison.Ordinal);
        var end = guide.IndexOf(RuleGuide.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"content/README.md needs the lines '{RuleGuide.Begin}' and '{RuleGuide.End}' around the code table");
        var table = guide[(start + RuleGuide.Begin.Length)..end].Trim('\n') + "\n";
        Assert.True(table == RuleGuide.Table(), "content/README.md's code table differs from RuleList; replace it with:\n" + RuleGuide.Table());
    }
}
