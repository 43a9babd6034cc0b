using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Reading;

/// <summary>What placing shared blocks reports.</summary>
public static class BlockRules
{
    public static readonly Rule UnknownBlock = new(
        "SCI070", nameof(UnknownBlock), Severity.Error, RuleScope.Reading,
        "A `--8<--` line names a block that is not in `blocks/`",
        "Write the block's file name as it is in `blocks/` (the message lists them), or create the block");

    public static readonly Rule BlockIncludesItself = new(
        "SCI071", nameof(BlockIncludesItself), Severity.Error, RuleScope.Reading,
        "A block places itself, directly or through another block (the message shows the loop)",
        "Remove the `--8<--` line that closes the loop");
}
