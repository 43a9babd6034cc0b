namespace Sciatica.Content.Rendering.CareCards;

/// <summary>A care card rendered on its own for a page that is not an article, its citations linking to the references page.</summary>
public sealed record CareCard(CareLevel Level, string Html);
