using System.Globalization;

namespace Sciatica.Content.Articles;

/// <summary>
/// The file <c>new</c> writes: valid front matter (a draft, updated today, due for review in a year) and a body
/// whose only problem is its first, uncited claim, so <c>check</c> shows the editor where to start.
/// </summary>
public static class ArticleScaffold
{
    /// <param name="exampleCitation">A citation of the editor's own registry that <c>check</c> accepts, shown as the syntax to follow.</param>
    public static string For(string title, DateOnly today, int order, string exampleCitation) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: {Quoted(title)}
            summary: One sentence, under 160 characters, that tells readers what this page answers.
            order: {order}
            updated: {today:yyyy-MM-dd}
            next-review: {today.AddYears(1):yyyy-MM-dd}
            draft: true
            changes: First published.
            ---

            ::: note
            Say who this page is for in a sentence or two. A note frames the page; it is not a claim, so it needs no source.
            :::

            ## First section

            Replace this with your first claim. End it with its source from references.yaml and the finding it rests on (the finding's `at`), written like `{exampleCitation}` without the back quotes.

            """);

    /// <summary>A YAML double-quoted string, so titles with colons or quotes stay text.</summary>
    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
