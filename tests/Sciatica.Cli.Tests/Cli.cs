using Microsoft.Extensions.Time.Testing;
using Sciatica.Content;

namespace Sciatica.Cli.Tests;

/// <summary>
/// Runs the command line in process, as an editor would type it, capturing what it prints, on the tests' fixed clock.
/// Its export uses the site's web assets from the CLI's own build output and finds no npx, as on a machine without
/// Node.js; <see cref="Published.PublishedCli"/> runs the tool as installed, where the process itself is under test.
/// </summary>
public static class Cli
{
    /// <summary>The CLI as built (src/Sciatica.Cli/bin/CONFIGURATION/FRAMEWORK, like this project's output): its build puts the site's wwwroot beside it.</summary>
    private static readonly Installation Built = new(BuildOutput(), SearchPath: "");

    public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunOn(TestClock.Now, args);

    public static (int ExitCode, string Output, string Error) RunOn(DateTimeOffset now, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error, new FakeTimeProvider(now), Built);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// <see cref="Run"/> off the test's own thread, for verbs that wait on the site they host (<c>export</c>): blocking
    /// xunit's few test threads on work that needs them would deadlock.
    /// </summary>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => Task.Run(() => Run(args));

    private static string BuildOutput()
    {
        var repository = ContentLocator.RepositoryRoot()!;
        var output = Path.GetRelativePath(Path.Combine(repository, "tests", "Sciatica.Cli.Tests"), AppContext.BaseDirectory);
        return Path.Combine(repository, "src", "Sciatica.Cli", output);
    }
}
