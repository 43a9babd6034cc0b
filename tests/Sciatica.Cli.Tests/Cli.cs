namespace Sciatica.Cli.Tests;

/// <summary>Runs the command line in process, as an editor would type it, capturing what it prints.</summary>
public static class Cli
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
