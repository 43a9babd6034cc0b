using System.Text.Json;

namespace Sciatica.Web.Tests.CiteThisPage;

/// <summary>Citation.js, a reference manager's parser, reading a citation file the way an importer would.</summary>
public static class CitationJs
{
    private static readonly string[] Packages = ["@citation-js/core@0.7.21", "@citation-js/plugin-bibtex@0.7.21", "@citation-js/plugin-ris@0.7.21"];

    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "CiteThisPage", "read-citation.js");

    /// <summary>The entries Citation.js reads from the file, as CSL-JSON (none when it cannot read it).</summary>
    public static async Task<IReadOnlyList<JsonElement>> ReadAsync(string file)
    {
        await NpmTools.EnsureAsync("citation-js", Path.Combine("node_modules", "@citation-js", "plugin-ris", "package.json"), Packages);
        var modules = Path.Combine(NpmTools.Folder("citation-js"), "node_modules");
        var (exit, stdout, stderr) = await ExternalPrograms.RunAsync("env", [$"NODE_PATH={modules}", "node", Script, file]);
        Assert.True(exit == 0, $"Citation.js could not read {file}:\n{stderr}");
        using var json = JsonDocument.Parse(stdout);
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
