using Sciatica.Content.Blocks;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Site;

/// <summary>Every shared block is placed by some page; one no page places is dead text.</summary>
public sealed class BlocksAreUsed : ISiteRule
{
    public static readonly Rule UnusedBlock = new(
        "SCI072", nameof(UnusedBlock), Severity.Warning, RuleScope.Site,
        "No article places this block",
        "Place it with `--8<-- \"NAME.md\"`, or delete the file");

    public IReadOnlyList<Rule> Reports { get; } = [UnusedBlock];

    public IEnumerable<Diagnostic> Check(SiteUnderCheck site)
    {
        var used = site.Files.SelectMany(f => f.Blocks).Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var block in site.Blocks.All.Where(b => !used.Contains(b.Name)))
        {
            yield return UnusedBlock.At(block.DisplayPath, 1, 1,
                $"no article places block '{block.Name}'; place it with a line {BlockExpander.Marker} \"{block.Name}\" or delete the file");
        }
    }
}
