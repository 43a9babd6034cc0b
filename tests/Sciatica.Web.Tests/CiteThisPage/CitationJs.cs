using System.Text.Json;

namespace Sciatica.Web.Tests.CiteThisPage;

/// <summary>Citation.js (<see cref="Tool.CitationJs"/>), a reference manager's parser, reading a citation file the way an importer would.</summary>
public static class CitationJs
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "CiteThisPage", "read-citation.js");

    /// <summary>The entries Citation.js reads from the file, as CSL-JSON (none when it cannot read it).</summary>
    public static async Task<IReadOnlyList<JsonElement>> ReadAsync(string file)
    {
        var (exit, stdout, stderr) = await ExternalPrograms.RunAsync("env", [$"NODE_PATH={Tools.CitationJsModules}", "node", Script, file]);
        Assert.True(exit == 0, $"Citation.js could not read {file}:\n{stderr}");
        using var json = JsonDocument.Parse(stdout);
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
