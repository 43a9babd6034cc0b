using Sciatica.Cli.Verbs;

namespace Sciatica.Cli;

/// <summary>Dispatches to a verb. Exit codes: 0 ok, 1 content errors, 2 usage.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;

    public const string Help = """
        Usage: sciatica <verb> [options]

        Verbs:
          check [--report] [--strict] [--format text|json]
                validate every article and the reference registry; --report adds the per-article table,
                --strict counts warnings as errors, --format json prints one object per diagnostic
          new <slug> --title "Title"
                write articles/<slug>.md: a draft with valid front matter and a body to fill in
          export <out-dir> [--base-url URL]
                write the published site as plain files for any static host (see README)

        Every verb takes --content DIR: the content folder (default: the repository's content/).
        Exit codes: 0 ok, 1 content errors, 2 usage.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = Options.Parse(args.Skip(1));
        if (args.Length == 0 || options.Error is not null)
        {
            error.WriteLine(options.Error ?? "no verb given");
            error.WriteLine(Help);
            return Usage;
        }

        return args[0] switch
        {
            "check" => CheckVerb.Run(options, output),
            "new" => NewVerb.Run(options, output, error),
            "export" => ExportVerb.Run(options, output, error),
            "help" or "--help" or "-h" => Print(output),
            _ => UnknownVerb(args[0], error),
        };
    }

    private static int Print(TextWriter output)
    {
        output.WriteLine(Help);
        return Ok;
    }

    private static int UnknownVerb(string verb, TextWriter error)
    {
        error.WriteLine($"unknown verb '{verb}'");
        error.WriteLine(Help);
        return Usage;
    }
}
