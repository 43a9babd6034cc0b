using System.CommandLine;
using System.CommandLine.Help;
using Sciatica.Cli.Verbs;
using Sciatica.Content;

namespace Sciatica.Cli;

/// <summary>The verbs, their options and generated help (System.CommandLine). Exit codes: 0 ok, 1 content errors, 2 usage.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;

    /// <summary>The name help shows, whatever the program file is called (a .NET tool, the published folder, a test host).</summary>
    public const string Name = "sciatica";

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null, Installation? installation = null)
    {
        var content = new Option<string>("--content")
        {
            Description = "The content folder, with articles/ and references.yaml",
            HelpName = "DIR",
            DefaultValueFactory = _ => ContentLocator.DefaultRoot(),
        };
        var cli = new CliContext(output, error, clock ?? TimeProvider.System, content, installation ?? Installation.ThisProgram());
        Command[] verbs = [CheckVerb.Create(cli), NewVerb.Create(cli), ExportVerb.Create(cli), ImportReferencesVerb.Create(cli), ReviewVerb.Create(cli)];
        var root = new Command(Name, "Check, scaffold and export the Sciatica site's content; every verb takes --content DIR. Exit codes: 0 ok, 1 content errors, 2 usage.") { new HelpOption() };
        foreach (var command in verbs)
        {
            // On each verb rather than recursive from the root: the parser suggests a misspelt option (--contnet)
            // only from the verb's own options.
            command.Options.Add(content);
            root.Subcommands.Add(command);
        }

        // "help check" reads as naturally as "check --help".
        var result = root.Parse(args is ["help", .. var verb] ? [.. verb, "--help"] : args);
        if (result.Errors.Count > 0)
        {
            // The parser's own messages (unknown option, missing value, a typo's correction), then the verb's help, all on stderr.
            result.Invoke(new InvocationConfiguration { Output = error, Error = error });
            return Usage;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
