using Markdig.Syntax;

namespace Sciatica.Content.Citations;

/// <summary>Finds citations inside a block. Markdig's Descendants() does not descend from a block into its inlines.</summary>
public static class CitationsIn
{
    public static IEnumerable<CitationInline> Block(Block block)
    {
        IEnumerable<LeafBlock> leaves = block switch
        {
            ContainerBlock container => container.Descendants<LeafBlock>(),
            LeafBlock leaf => [leaf],
            _ => [],
        };
        return leaves.SelectMany(leaf => leaf.Inline?.Descendants<CitationInline>() ?? []);
    }
}
