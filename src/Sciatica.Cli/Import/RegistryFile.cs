using Sciatica.Content.Yaml;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Sciatica.Cli.Import;

/// <summary>What an import needs to know of <c>references.yaml</c>, read from its text without rewriting it.</summary>
/// <param name="References">Every reference's id, DOI, PMID and URL, including references <c>check</c> rejects (an import not yet filled in).</param>
/// <param name="Indent">The spaces before each reference's <c>-</c>.</param>
/// <param name="InsertAt">Where new references go: after the last reference of the <c>references:</c> list.</param>
public sealed record RegistryFile(string Text, IReadOnlyList<RegistryFile.ListedReference> References, string Indent, int InsertAt, string NewLine)
{
    public sealed record ListedReference(string? Id, string? Doi, string? Pmid, string? Url);

    /// <summary>Reads the registry text, or says why new references cannot be appended to it.</summary>
    public static RegistryFile? Read(string text, out string? problem)
    {
        problem = null;
        var root = YamlText.Parse(text, out var error);
        if (error is { } e)
        {
            problem = $"{e.Line}:{e.Column}: invalid YAML: {e.Message}; fix it (run check) before importing";
            return null;
        }

        if (root is not YamlMappingNode map || map.Child("references") is not YamlSequenceNode { Style: not SequenceStyle.Flow } list || list.Children.Count == 0)
        {
            problem = "1:1: expected a 'references:' list with at least one reference written as '- id: …' lines";
            return null;
        }

        var references = list.Children.OfType<YamlMappingNode>()
            .Select(e => new ListedReference(e.Child("id").Scalar(), e.Child("DOI").Scalar(), e.Child("PMID").Scalar(), e.Child("URL").Scalar()))
            .ToList();
        // The first reference's key column says the indentation: "  - id:" has its key at column 5, its dash at 3.
        var indent = new string(' ', Math.Max(0, list.Children[0].Column() - 3));
        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var next = map.Children.SkipWhile(c => c.Key.Scalar() != "references").Skip(1).Select(c => c.Key).FirstOrDefault();
        var insertAt = next is null ? text.Length : LineStart(text, next.Line());
        return new RegistryFile(text, references, indent, insertAt, newLine);
    }

    /// <summary>The text with <paramref name="references"/> added after the last reference, nothing else changed.</summary>
    public string With(string references)
    {
        var before = Text[..InsertAt];
        var separator = before.Length == 0 || before.EndsWith('\n') ? "" : NewLine;
        return before + separator + references + Text[InsertAt..];
    }

    private static int LineStart(string text, int line)
    {
        var offset = 0;
        for (var i = 1; i < line; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset;
    }
}
