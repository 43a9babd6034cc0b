using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sciatica.Content.Yaml;

/// <summary>
/// Reads YAML into YamlDotNet's node model, which keeps every node's line and column for diagnostics.
/// Aliases resolve to the node they name rather than being copied, so an alias "bomb" costs nothing.
/// </summary>
public static class YamlText
{
    /// <summary>Parses <paramref name="text"/>; on a syntax error returns null and the 1-based position.</summary>
    public static YamlNode? Parse(string text, out (int Line, int Column, string Message)? error)
    {
        error = null;
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
    }

    public static string? Scalar(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    public static YamlNode? Child(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static int Line(this YamlNode node) => (int)node.Start.Line;

    public static int Column(this YamlNode node) => (int)node.Start.Column;

    private static string FirstLine(string message) =>
        message.Split('\n', 2)[0].Trim();
}
