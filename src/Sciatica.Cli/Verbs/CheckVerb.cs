using System.CommandLine;
using System.Globalization;
using Sciatica.Content;
using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Reading;

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
        ["sarif"] = OutputFormat.Sarif,
        ["github"] = OutputFormat.Github,
    };

    public static Command Create(CliContext cli)
    {
        var report = new Option<bool>("--report") { Description = "Add a table per article: words, claims, citations, notes, reading level, review due" };
        var strict = new Option<bool>("--strict") { Description = "Count warnings as errors (exit 1), for CI before a release" };
        var format = new Option<string>("--format")
        {
            Description = "text: one line per diagnostic and a summary; json: [{file, line, column, severity, code, message}]; "
                + "sarif: SARIF 2.1.0 for code scanning; github: workflow annotations (::error file=…,line=…,col=…::)",
            HelpName = string.Join('|', Formats.Keys),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var explain = new Option<string>("--explain") { Description = "Say what a code (such as SCI064) means, where it runs and how to fix it, then stop", HelpName = "CODE" };
        var command = new Command("check", "Validate every article and the reference registry") { report, strict, format, explain };
        command.SetAction(result => result.GetValue(explain) is { } code
            ? RuleExplanation.Write(cli, code)
            : Run(cli, cli.ContentRoot(result), result.GetValue(report), result.GetValue(strict), Formats[result.GetRequiredValue(format)]));
        return command;
    }

    /// <summary>
    /// The repository that holds the content (the nearest folder with <c>.git</c>), which code scanning and workflow
    /// annotations want paths relative to; the working folder outside a repository.
    /// </summary>
    private static string RepositoryOf(string contentRoot)
    {
        var repository = new DirectoryInfo(contentRoot);
        while (repository is not null && !Path.Exists(Path.Combine(repository.FullName, ".git")))
        {
            repository = repository.Parent;
        }

        return repository?.FullName ?? Directory.GetCurrentDirectory();
    }

    private static int Run(CliContext cli, string contentRoot, bool report, bool strict, OutputFormat format)
    {
        var output = cli.Output;
        if (!Directory.Exists(contentRoot))
        {
            output.WriteLine($"{contentRoot}: error {CommandRules.ContentFolderNotFound.Code}: content folder not found; pass --content DIR with the folder that holds articles/");
            return CommandLine.ContentErrors;
        }

        var snapshot = ContentSnapshot.Load(contentRoot, cli.Clock);
        var diagnostics = strict
            ? [.. snapshot.Diagnostics.Select(d => d with { Severity = Severity.Error })]
            : snapshot.Diagnostics;
        var errors = diagnostics.Count(d => d.IsError);
        if (format != OutputFormat.Text)
        {
            var repository = RepositoryOf(contentRoot);
            string InRepository(Diagnostic d) => Path.GetRelativePath(repository, ContentSnapshot.FullPath(contentRoot, d.File)).Replace('\\', '/');
            switch (format)
            {
                case OutputFormat.Json:
                    DiagnosticJson.Write(diagnostics, output);
                    break;
                case OutputFormat.Sarif:
                    DiagnosticSarif.Write(diagnostics, repository, InRepository, Path.Combine(contentRoot, "README.md"), output);
                    break;
                default:
                    GithubAnnotations.Write(diagnostics, InRepository, output);
                    break;
            }

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
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"checked {WhatWasChecked(snapshot)}: {Count(errors, "error")}, {Count(warnings, "warning")}{(strict ? " (strict: warnings count as errors)" : "")}"));
        return errors > 0 ? CommandLine.ContentErrors : CommandLine.Ok;
    }

    /// <summary>"10 articles, the About page and 56 references": every file <c>check</c> read, broken ones too.</summary>
    private static string WhatWasChecked(ContentSnapshot snapshot)
    {
        var articles = Count(snapshot.Files.Count(f => f.Kind == PageKind.Article), "article");
        var about = snapshot.Files.Any(f => f.Kind == PageKind.About) ? ", the About page" : "";
        return $"{articles}{about} and {Count(snapshot.Registry.All.Count, "reference")}";
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}

public enum OutputFormat
{
    Text,
    Json,
    Sarif,
    Github,
}
