using System.Globalization;
using System.Text;

namespace Sciatica.Cli.Import;

/// <summary>
/// Writes an imported reference into the registry in the file's own style: its indentation, fields in the order the registry
/// uses, authors as a flow list (one line, or one line per author when long), and empty <c>evidence</c>,
/// <c>read</c> and <c>findings</c> for the editor, so <c>check</c> points at each line still to fill in.
/// </summary>
public static class ReferenceWriter
{
    /// <summary>Longer author lines are written one author per line, as the registry does for long lists.</summary>
    private const int MaxLine = 120;

    public static string Write(ImportedReference reference, string id, string indent, string source, DateOnly today, string newLine)
    {
        var key = indent + "  ";
        var lines = new List<string>
        {
            $"{indent}# Imported from {source} on {today:yyyy-MM-dd}. Before citing it: check its DOI, PMID and URL",
            $"{indent}# against the reference and say here how; fill in evidence, read and findings.",
            $"{indent}- id: {id}",
        };
        void Field(string name, string? value)
        {
            if (value is not null)
            {
                lines.Add($"{key}{name}: {YamlScalar.Write(value)}");
            }
        }

        Field("type", reference.Type);
        Field("title", reference.Title);
        Field("title-short", reference.TitleShort);
        lines.AddRange(Authors(reference.Authors, key));
        Field("container-title", reference.ContainerTitle);
        Field("publisher", reference.Publisher);
        Field("number", reference.Number);
        Field("volume", reference.Volume);
        Field("issue", reference.Issue);
        Field("page", reference.Page);
        if (reference.Issued.Count > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{key}issued: {{date-parts: [[{string.Join(", ", reference.Issued)}]]}}"));
        }

        Field("DOI", reference.Doi);
        Field("PMID", reference.Pmid);
        Field("URL", reference.Url);
        lines.Add($"{key}evidence:");
        lines.Add($"{key}read:");
        lines.Add($"{key}findings:");
        lines.Add($"{key}  - at:");
        lines.Add($"{key}    says:");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append(newLine);
        }

        return text.ToString();
    }

    private static IEnumerable<string> Authors(IReadOnlyList<CslName> authors, string key)
    {
        var names = authors.Select(Name).Where(n => n.Length > 2).ToList();
        if (names.Count == 0)
        {
            return [];
        }

        var oneLine = $"{key}author: [{string.Join(", ", names)}]";
        return oneLine.Length <= MaxLine ? [oneLine] : names.Select(n => $"{key}  - {n}").Prepend($"{key}author:");
    }

    private static string Name(CslName name)
    {
        var parts = new List<string>();
        if (name.Literal is not null)
        {
            parts.Add($"literal: {YamlScalar.Write(name.Literal, inFlow: true)}");
        }

        if (name.Family is not null)
        {
            parts.Add($"family: {YamlScalar.Write(name.Family, inFlow: true)}");
        }

        if (name.Given is not null)
        {
            parts.Add($"given: {YamlScalar.Write(name.Given, inFlow: true)}");
        }

        return "{" + string.Join(", ", parts) + "}";
    }
}
