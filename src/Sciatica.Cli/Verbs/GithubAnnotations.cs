using Sciatica.Content.Diagnostics;

namespace Sciatica.Cli.Verbs;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::SCI001 message</c>), which a
/// workflow shows on the changed lines of a pull request.
/// </summary>
public static class GithubAnnotations
{
    /// <param name="pathOf">The diagnostic's file relative to the repository, with forward slashes.</param>
    public static void Write(IEnumerable<Diagnostic> diagnostics, Func<Diagnostic, string> pathOf, TextWriter output)
    {
        foreach (var d in diagnostics)
        {
            output.WriteLine($"::{(d.IsError ? "error" : "warning")} file={Property(pathOf(d))},line={d.Line},col={d.Column},title={d.Code}::{Data($"{d.Code} {d.Message}")}");
        }
    }

    /// <summary>The escapes the runner undoes in a message.</summary>
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value also ends at a comma or a colon.</summary>
    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
