using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sciatica.Content.Citations;
using Sciatica.Content.Rendering.CareCards;

namespace Sciatica.Content.Prose;

/// <summary>What a rule reads around a block to judge it in context: the "…:" paragraph that introduces its list, the heading of its section, the care card it sits in.</summary>
public static class Surroundings
{
    /// <summary>The paragraph ending in a colon right before <paramref name="list"/> ("These signs need help now:" or "…: [@nice-ng59]"), if there is one.</summary>
    public static ParagraphBlock? IntroductionOf(ListBlock list)
    {
        var container = list.Parent;
        if (container is null)
        {
            return null;
        }

        var index = container.IndexOf(list);
        return index > 0 && container[index - 1] is ParagraphBlock intro && EndsWithColon(intro) ? intro : null;
    }

    /// <summary>The introduction of the list <paramref name="block"/> is an item of (or is in), if any.</summary>
    public static ParagraphBlock? ListIntroduction(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ListBlock list)
            {
                return IntroductionOf(list);
            }
        }

        return null;
    }

    /// <summary>The nearest heading before <paramref name="block"/> at the page's top level: the section it is in.</summary>
    public static HeadingBlock? SectionHeading(Block block)
    {
        var top = block;
        while (top.Parent is { } parent and not MarkdownDocument)
        {
            top = parent;
        }

        if (top.Parent is not MarkdownDocument document)
        {
            return null;
        }

        for (var i = document.IndexOf(top) - 1; i >= 0; i--)
        {
            if (document[i] is HeadingBlock heading)
            {
                return heading;
            }
        }

        return null;
    }

    /// <summary>The care card (emergency, urgent or routine box) <paramref name="block"/> is in, if any.</summary>
    public static CustomContainer? CareCardOf(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer container && CareLevel.Find(container.Info) is not null)
            {
                return container;
            }
        }

        return null;
    }

    private static bool EndsWithColon(ParagraphBlock paragraph)
    {
        var last = paragraph.Inline?.LastChild;
        while (last is CitationInline || (last is LiteralInline blank && blank.Content.IsEmptyOrWhitespace()))
        {
            last = last.PreviousSibling;
        }

        return last is LiteralInline literal && literal.Content.ToString().TrimEnd().EndsWith(':');
    }
}
