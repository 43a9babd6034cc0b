using System.Globalization;
using Sciatica.Content;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Cli.Verbs;

/// <summary>
/// <c>check</c>: every diagnostic as <c>path:line:col: severity CODE: message</c> and a summary, or a JSON array
/// with <c>--format json</c>. <c>--strict</c> reports warnings as errors.
/// </summary>
public static class CheckVerb
{
    public static int Run(Options options, TextWriter output)
    {
        if (!Directory.Exists(options.ContentRoot))
        {
            output.WriteLine($"{options.ContentRoot}: error SCI000: content folder not found");
            return CommandLine.ContentErrors;
        }

        var snapshot = ContentSnapshot.Load(options.ContentRoot, TimeProvider.System);
        var diagnostics = options.Strict
            ? [.. snapshot.Diagnostics.Select(d => d with { Severity = Severity.Error })]
            : snapshot.Diagnostics;
        var errors = diagnostics.Count(d => d.IsError);
        if (options.Format == OutputFormat.Json)
        {
            DiagnosticJson.Write(diagnostics, output);
            return errors > 0 ? CommandLine.ContentErrors : CommandLine.Ok;
        }

        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        if (options.Report)
        {
            ReadabilityReport.Write(snapshot, output);
        }

        var warnings = diagnostics.Count - errors;
        var articles = snapshot.Articles.Count + snapshot.Failed.Count(f => snapshot.Find(f.Slug) is null);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"checked {articles} articles and {snapshot.Registry.All.Count} references: {errors} errors, {warnings} warnings{(options.Strict ? " (strict: warnings count as errors)" : "")}"));
        return errors > 0 ? CommandLine.ContentErrors : CommandLine.Ok;
    }
}
