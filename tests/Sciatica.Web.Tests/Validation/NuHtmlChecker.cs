using System.Text.Json;

namespace Sciatica.Web.Tests.Validation;

/// <summary>
/// The Nu Html Checker (<see cref="Tool.NuHtmlChecker"/>: vnu.jar from the npm package <c>vnu-jar</c>), run with the machine's Java.
/// </summary>
public static class NuHtmlChecker
{
    /// <summary>
    /// Tuned for one short run (about half the time on two cores): the quick JIT compiler only, as the
    /// optimising one costs more than it saves; a bigger stack, since the quick compiler's frames are larger
    /// and the checker's schema recursion overflows the default; one garbage collector thread.
    /// </summary>
    private static readonly string[] JavaFlags = ["-XX:TieredStopAtLevel=1", "-Xss8m", "-XX:+UseSerialGC"];

    public sealed record Message(string Type, string Url, int Line, string Text, string Extract)
    {
        public override string ToString() => $"{Path.GetFileName(Url)}:{Line}: {Type}: {Text}\n    {Extract}";
    }

    /// <summary>Checks the files and returns every error (warnings and info are left out).</summary>
    public static async Task<IReadOnlyList<Message>> ErrorsAsync(IEnumerable<string> files)
    {
        var (exit, _, stderr) = await ExternalPrograms.RunAsync("java", [.. JavaFlags, "-jar", Tools.NuHtmlCheckerJar, "--errors-only", "--format", "json", "--exit-zero-always", .. files]);
        Assert.True(exit == 0, $"vnu.jar failed: {stderr}");
        using var json = JsonDocument.Parse(stderr);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => new Message(
                m.GetProperty("type").GetString()!,
                m.TryGetProperty("url", out var url) ? url.GetString()! : "",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!,
                m.TryGetProperty("extract", out var extract) ? extract.GetString()! : ""))
            .Where(m => m.Type == "error")];
    }
}
