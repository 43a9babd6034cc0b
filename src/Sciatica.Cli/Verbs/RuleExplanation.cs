using Sciatica.Content.Rules;

namespace Sciatica.Cli.Verbs;

/// <summary><c>check --explain SCI064</c>: one rule from <see cref="RuleList"/>, as the editor's guide explains it.</summary>
public static class RuleExplanation
{
    public static int Write(CliContext cli, string code)
    {
        if (RuleList.Find(code.Trim()) is not { } rule)
        {
            return cli.UsageError($"no rule has code '{code}'; the codes are {string.Join(", ", RuleList.All.Select(r => r.Code))}");
        }

        cli.Output.WriteLine($"{rule.Code} {rule.Name} ({rule.Severity.ToString().ToLowerInvariant()}, runs on {RuleGuide.Runs(rule.Scope)})");
        cli.Output.WriteLine(rule.Title);
        cli.Output.WriteLine($"How to fix: {rule.Help}");
        return CommandLine.Ok;
    }
}
