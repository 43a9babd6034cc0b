namespace Sciatica.Content.Rendering.CareCards;

/// <summary>A care card from an article, rendered on its own with citation links that point back to the article.</summary>
public sealed record CareCard(CareLevel Level, string Html);
