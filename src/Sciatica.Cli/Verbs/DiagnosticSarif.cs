using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Cli.Verbs;

/// <summary>
/// Diagnostics as SARIF 2.1.0, the format GitHub code scanning and editors read: one rule per SCI code, one result
/// per diagnostic at its file (relative to the repository), line and column.
/// </summary>
public static partial class DiagnosticSarif
{
    /// <summary>Every code, in order, from <see cref="DiagnosticCodes"/>: SCI001 "ClaimWithoutCitation", …</summary>
    public static IReadOnlyList<(string Code, string Name)> Rules { get; } = [.. typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => ((string)f.GetRawConstantValue()!, f.Name))
        .OrderBy(r => r.Item1, StringComparer.Ordinal)];

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex WordStart();

    /// <param name="uriOf">The diagnostic's file as a path relative to the repository, with forward slashes.</param>
    public static void Write(IEnumerable<Diagnostic> diagnostics, Func<Diagnostic, string> uriOf, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                WriteResult(json, d, uriOf(d));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "sciatica check");
        json.WriteStartArray("rules");
        foreach (var (code, name) in Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", code);
            json.WriteString("name", name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", Sentence(name));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, string uri)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        var index = Rules.Select(r => r.Code).ToList().IndexOf(d.Code);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", d.IsError ? "error" : "warning");
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", string.Join('/', uri.Split('/').Select(Uri.EscapeDataString)));
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

    /// <summary>"ClaimWithoutCitation" as "Claim without citation".</summary>
    private static string Sentence(string name)
    {
        var words = WordStart().Split(name);
        return string.Join(' ', words.Select((w, i) => i == 0 ? w : w.ToLowerInvariant()));
    }
}
