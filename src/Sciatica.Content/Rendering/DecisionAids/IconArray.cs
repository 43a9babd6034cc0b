using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sciatica.Content.Claims;

namespace Sciatica.Content.Rendering.DecisionAids;

/// <summary>
/// A picture of "N in 100": <c>::: icon-array GROUP</c> around one cited sentence that writes the figure.
/// The sentence is the picture's text alternative, so the picture and its words cannot disagree.
/// </summary>
public sealed partial record IconArray(string Group, int Count, int Total, WrittenNumber Figure, LiteralInline Where)
{
    /// <summary>Pictures are always out of 100, so two of them are never drawn on different scales.</summary>
    public const int PictureTotal = 100;

    /// <summary>The sentence under the picture: the one paragraph inside the container.</summary>
    public static ParagraphBlock? Sentence(CustomContainer container) =>
        container.Count == 1 && container[0] is ParagraphBlock paragraph ? paragraph : null;

    /// <summary>The group and the figure, or what is wrong with the block (and where, 0-based as Markdig counts).</summary>
    public static (IconArray? Array, string? Problem, int Line, int Column) Read(CustomContainer container)
    {
        var group = container.Arguments?.Trim() ?? "";
        if (group.Length == 0)
        {
            return Fail(container, "an icon array names the group its figure is for after 'icon-array' (for example '::: icon-array people in one trial who had early surgery')");
        }

        if (group.Contains("like you", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(container, "an icon array's group is the group the figure was measured in, never 'people like you'");
        }

        if (Sentence(container) is not { } sentence)
        {
            return Fail(container, "an icon array holds one paragraph: the cited sentence that gives its figure as 'N in 100'");
        }

        var figures = (sentence.Inline?.Descendants<LiteralInline>() ?? [])
            .SelectMany(l => WrittenNumbers.In(l.Content.ToString()).Select(n => (Literal: l, Number: n)))
            .Where(f => f.Number.Written.Contains(" in ", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (figures.Find(f => f.Number.Parts.Count > 0) is { Literal: not null } range)
        {
            return Fail(range.Literal, range.Number, $"'{range.Number.Written}' is a range: write ranges and upper bounds in words, outside a picture");
        }

        if (figures.Count != 1 || Proportion().Match(figures[0].Number.Written) is not { Success: true } proportion)
        {
            return Fail(container, "an icon array's sentence gives exactly one figure written with digits as 'N in 100' (it has " + figures.Count + ")");
        }

        var (literal, number) = figures[0];
        var count = int.Parse(proportion.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var total = int.Parse(proportion.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (total != PictureTotal || count > total)
        {
            return Fail(literal, number, $"'{number.Written}' cannot be drawn: pictures show a count out of {PictureTotal}");
        }

        return (new IconArray(group, count, total, number, literal), null, 0, 0);
    }

    private static (IconArray?, string?, int, int) Fail(Block where, string problem) => (null, problem, where.Line, where.Column);

    private static (IconArray?, string?, int, int) Fail(LiteralInline where, WrittenNumber number, string problem) =>
        (null, problem, where.Line, where.Column + number.Index);

    [GeneratedRegex(@"^(?<count>\d+)\s+in\s+(?:every\s+)?(?<total>\d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Proportion();
}
