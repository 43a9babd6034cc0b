using System.Text.RegularExpressions;

namespace Sciatica.Content.Prose;

/// <summary>One sentence of a <see cref="Passage"/>: where it starts in the passage's text and how long it is.</summary>
public sealed partial record Sentence(Passage Passage, int Start, int Length)
{
    public string Text => Passage.Text.Substring(Start, Length);

    /// <summary>The line and column of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public (int Line, int Column) At(int index) => Passage.At(Start + index);

    /// <summary>Where sentences end in <paramref name="text"/>: after ".", "!" or "?" and the space that follows.</summary>
    internal static IEnumerable<int> Ends(string text) => SentenceEnd().Matches(text).Select(m => m.Index + m.Length);

    [GeneratedRegex(@"[.!?]['""’”)]*\s+(?=[^a-z\s])")]
    private static partial Regex SentenceEnd();
}
