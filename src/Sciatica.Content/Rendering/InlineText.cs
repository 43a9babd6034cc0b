using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sciatica.Content.Rendering;

/// <summary>The plain text of inline Markdown (a heading's words without emphasis or links).</summary>
public static class InlineText
{
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var node in inline?.Descendants<Inline>() ?? [])
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString();
    }
}
