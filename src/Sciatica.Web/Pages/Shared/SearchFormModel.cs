namespace Sciatica.Web.Pages;

/// <summary>A search box: its input's id (unique on the page) and the query to show in it.</summary>
public sealed record SearchFormModel(string Id, string? Query);
