using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules;

namespace Sciatica.Cli.Verbs;

/// <summary>
/// Diagnostics as SARIF 2.1.0, the format GitHub code scanning and editors read: one rule per SCI code, written from
/// <see cref="RuleList.All"/>, and one result per diagnostic at its file (relative to the repository, under the
/// <see cref="RepositoryRoot"/> base id), line and column.
/// </summary>
public static class DiagnosticSarif
{
    /// <summary>The base id results' paths are relative to; <c>originalUriBaseIds</c> says where it was when check ran.</summary>
    public const string RepositoryRoot = "REPOROOT";

    /// <param name="repository">The folder that holds the content's repository, which result paths are relative to.</param>
    /// <param name="pathOf">The diagnostic's file relative to <paramref name="repository"/>, with forward slashes.</param>
    /// <param name="guide">The editor's guide (content/README.md), where each code is explained.</param>
    public static void Write(IEnumerable<Diagnostic> diagnostics, string repository, Func<Diagnostic, string> pathOf, string guide, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, new Uri(Path.GetFullPath(guide)));
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(RepositoryRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(repository)) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                WriteResult(json, d, pathOf(d));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, Uri guide)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "sciatica check");
        json.WriteString("version", typeof(DiagnosticSarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0]);
        json.WriteString("informationUri", guide.AbsoluteUri);
        json.WriteStartArray("rules");
        foreach (var rule in RuleList.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", rule.Name);
            Text(json, "shortDescription", rule.Title);
            Text(json, "help", rule.Help);
            json.WriteString("helpUri", new UriBuilder(guide) { Fragment = "diagnostic-codes" }.Uri.AbsoluteUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, string path)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        var index = RuleList.All.Select(r => r.Code).ToList().IndexOf(d.Code);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(d.Severity));
        Text(json, "message", d.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));
        json.WriteString("uriBaseId", RepositoryRoot);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", d.Line);
        json.WriteNumber("startColumn", d.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";
}
