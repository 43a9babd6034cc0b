using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sciatica.Content.Yaml;

/// <summary>
/// Reads YAML into YamlDotNet's node model, which keeps every node's line and column for diagnostics.
/// Aliases resolve to the node they name rather than being copied, so an alias "bomb" costs nothing.
/// YamlDotNet recurses once per nesting level, so deep nesting is refused before it is parsed.
/// </summary>
public static class YamlText
{
    /// <summary>Deepest flow nesting ('[' or '{') accepted; the registry needs about four.</summary>
    public const int MaxFlowDepth = 16;

    /// <summary>Widest indentation accepted, which bounds block nesting too.</summary>
    public const int MaxIndent = 64;

    /// <summary>Parses <paramref name="text"/>; on a syntax error returns null and the 1-based position.</summary>
    public static YamlNode? Parse(string text, out (int Line, int Column, string Message)? error)
    {
        error = null;
        if (TooDeep(text) is { } tooDeep)
        {
            error = tooDeep;
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            error = ((int)e.Start.Line, (int)e.Start.Column, FirstLine(e.InnerException?.Message ?? e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unfinished input, such as "title: [unclosed".
            error = (1, 1, "the YAML is unfinished: look for an unclosed '[', '{' or quote");
            return null;
        }
    }

    private static (int Line, int Column, string Message)? TooDeep(string text)
    {
        var (line, depth) = (0, 0);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            line++;
            var content = text.AsSpan(range);
            var indent = content.Length - content.TrimStart(' ').Length;
            if (indent > MaxIndent)
            {
                return (line, 1, $"indented {indent} spaces; the limit is {MaxIndent}");
            }

            var quote = '\0';
            for (var column = 0; column < content.Length; column++)
            {
                var c = content[column];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '#' && (column == 0 || content[column - 1] == ' '))
                {
                    break;
                }
                else if ((depth += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0) > MaxFlowDepth)
                {
                    return (line, column + 1, $"'[' or '{{' nested more than {MaxFlowDepth} deep");
                }
            }
        }

        return null;
    }

    public static string? Scalar(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    public static YamlNode? Child(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static int Line(this YamlNode node) => (int)node.Start.Line;

    public static int Column(this YamlNode node) => (int)node.Start.Column;

    private static string FirstLine(string message) =>
        message.Split('\n', 2)[0].Trim();
}
