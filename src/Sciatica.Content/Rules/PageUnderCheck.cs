using Markdig.Syntax;
using Sciatica.Content.Articles;
using Sciatica.Content.Blocks;
using Sciatica.Content.Claims;
using Sciatica.Content.Readability;
using Sciatica.Content.References;

namespace Sciatica.Content.Rules;

/// <summary>One page file as the page rules see it: parsed once, shared blocks placed, citations numbered.</summary>
public sealed class PageUnderCheck
{
    public required string Slug { get; init; }

    public required PageKind Kind { get; init; }

    public required MarkdownDocument Document { get; init; }

    public required ReferenceRegistry Registry { get; init; }

    /// <summary>The shared blocks this page places.</summary>
    public IReadOnlyList<BlockFile> Blocks { get; init; } = [];

    /// <summary>Every shared block the page could place, so a rule can name the one to use.</summary>
    public BlockLibrary Library { get; init; } = BlockLibrary.Empty;

    /// <summary>Measured once by the loader, which also keeps it for <c>check --report</c>.</summary>
    public required ReadabilityScore Readability { get; init; }

    /// <summary>Filled in by the claim rule as it walks the claims, for <c>check --report</c>.</summary>
    public ClaimCounts Claims { get; } = new();
}
