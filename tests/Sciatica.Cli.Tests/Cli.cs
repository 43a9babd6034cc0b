using Microsoft.Extensions.Time.Testing;

namespace Sciatica.Cli.Tests;

/// <summary>Runs the command line in process, as an editor would type it, capturing what it prints.</summary>
public static class Cli
{
    /// <summary>The day every in-process run sees unless a test names another, so no test depends on today's date.</summary>
    public static readonly DateTimeOffset Today = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunOn(Today, args);

    public static (int ExitCode, string Output, string Error) RunOn(DateTimeOffset now, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error, new FakeTimeProvider(now));
        return (exit, output.ToString(), error.ToString());
    }
}
