using System.Text;

namespace Sciatica.Content.Rules;

/// <summary>The code table of the editor's guide (content/README.md), written from <see cref="RuleList.All"/>; a test keeps the guide equal to it.</summary>
public static class RuleGuide
{
    public const string Begin = "<!-- rules: written from RuleList; a test fails when they differ -->";
    public const string End = "<!-- end of rules -->";

    public static string Table()
    {
        var text = new StringBuilder("| code | severity | runs | meaning | how to fix |\n|---|---|---|---|---|\n");
        foreach (var rule in RuleList.All)
        {
            text.Append($"| `{rule.Code}` | {rule.Severity.ToString().ToLowerInvariant()} | {Runs(rule.Scope)} | {rule.Title} | {rule.Help} |\n");
        }

        return text.ToString();
    }

    public static string Runs(RuleScope scope) => scope switch
    {
        RuleScope.Reading => "reading a file",
        RuleScope.Page => "each page",
        RuleScope.Site => "whole content",
        _ => "command line",
    };
}
