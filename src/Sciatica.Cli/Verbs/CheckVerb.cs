using System.CommandLine;
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
    private static readonly Dictionary<string, OutputFormat> Formats = new()
    {
        ["text"] = OutputFormat.Text,
        ["json"] = OutputFormat.Json,
    };

    public static Command Create(CliContext cli)
    {
        var report = new Option<bool>("--report") { Description = "Add a table per article: words, claims, citations, notes, reading level, review due" };
        var strict = new Option<bool>("--strict") { Description = "Count warnings as errors (exit 1), for CI before a release" };
        var format = new Option<string>("--format")
        {
            Description = "text: one line per diagnostic; json: an array of {file, line, column, severity, code, message}",
            HelpName = string.Join('|', Formats.Keys),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var command = new Command("check", "Validate every article and the reference registry") { report, strict, format };
        command.SetAction(result => Run(cli, cli.ContentRoot(result), result.GetValue(report), result.GetValue(strict), Formats[result.GetRequiredValue(format)]));
        return command;
    }

    private static int Run(CliContext cli, string contentRoot, bool report, bool strict, OutputFormat format)
    {
        var output = cli.Output;
        if (!Directory.Exists(contentRoot))
        {
            output.WriteLine($"{contentRoot}: error SCI000: content folder not found; pass --content DIR with the folder that holds articles/");
            return CommandLine.ContentErrors;
        }

        var snapshot = ContentSnapshot.Load(contentRoot, cli.Clock);
        var diagnostics = strict
            ? [.. snapshot.Diagnostics.Select(d => d with { Severity = Severity.Error })]
            : snapshot.Diagnostics;
        var errors = diagnostics.Count(d => d.IsError);
        if (format == OutputFormat.Json)
        {
            DiagnosticJson.Write(diagnostics, output);
            return errors > 0 ? CommandLine.ContentErrors : CommandLine.Ok;
        }

        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        if (report)
        {
            ReadabilityReport.Write(snapshot, output);
        }

        var warnings = diagnostics.Count - errors;
        var articles = snapshot.Articles.Count + snapshot.Failed.Count(f => snapshot.Find(f.Slug) is null);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"checked {articles} articles and {snapshot.Registry.All.Count} references: {errors} errors, {warnings} warnings{(strict ? " (strict: warnings count as errors)" : "")}"));
        return errors > 0 ? CommandLine.ContentErrors : CommandLine.Ok;
    }
}

public enum OutputFormat
{
    Text,
    Json,
}
