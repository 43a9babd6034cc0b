using System.Text.Encodings.Web;
using System.Text.Json;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Cli.Verbs;

/// <summary>Diagnostics for tools and CI: a JSON array of {file, line, column, severity, code, message}.</summary>
public static class DiagnosticJson
{
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
