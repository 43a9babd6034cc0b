namespace Sciatica.Content.Articles;

/// <summary>An article's YAML front matter, validated.</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required int Order { get; init; }
    public required DateOnly Reviewed { get; init; }
    public required DateOnly NextReview { get; init; }
    public bool Draft { get; init; }
    public string? ReviewedBy { get; init; }
    public string? Changes { get; init; }

    /// <summary>File lines of <c>order</c> and <c>next-review</c>, so checks across articles can point at them.</summary>
    public int OrderLine { get; init; }
    public int NextReviewLine { get; init; }
}
