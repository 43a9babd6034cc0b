using System.Globalization;
using Sciatica.Content;

namespace Sciatica.Cli.Verbs;

/// <summary><c>check</c>: every diagnostic as <c>path:line:col: severity CODE: message</c>, then a summary.</summary>
public static class CheckVerb
{
    public static int Run(Options options, TextWriter output)
    {
        if (!Directory.Exists(options.ContentRoot))
        {
            output.WriteLine($"{options.ContentRoot}: error SCI000: content folder not found");
            return CommandLine.ContentErrors;
        }

        var snapshot = ContentSnapshot.Load(options.ContentRoot);
        foreach (var diagnostic in snapshot.Diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        if (options.Report)
        {
            ReadabilityReport.Write(snapshot, output);
        }

        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        var warnings = snapshot.Diagnostics.Count - errors;
        var articles = snapshot.Articles.Count + snapshot.Failed.Count(f => snapshot.Find(f.Slug) is null);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"checked {articles} articles and {snapshot.Registry.All.Count} references: {errors} errors, {warnings} warnings"));
        return errors > 0 ? CommandLine.ContentErrors : CommandLine.Ok;
    }
}
