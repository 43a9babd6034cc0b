namespace Sciatica.Content.Articles;

/// <summary>A section heading with the id its anchor uses, for "On this page" and section links.</summary>
public sealed record Heading(int Level, string Id, string Text);
