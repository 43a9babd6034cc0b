namespace Sciatica.Content.Rendering.CareCards;

/// <summary>
/// A care card rendered on its own: <paramref name="Html"/> for a page that is not an article, its citations linking to
/// the references page; <paramref name="HtmlWithoutCitations"/> for paper, where an article's handout prints the card
/// without numbers (its ids would repeat the article's own).
/// </summary>
public sealed record CareCard(CareLevel Level, string Html, string HtmlWithoutCitations);
