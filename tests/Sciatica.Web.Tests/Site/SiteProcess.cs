using Sciatica.Web.Site;

namespace Sciatica.Web.Tests.Site;

/// <summary>
/// The site's own program started as a process, as an operator starts it, in Production with the fixture content.
/// For what stops start-up: what the operator sees is all that was printed, and the exit code.
/// </summary>
public static class SiteProcess
{
    /// <summary>Starts the site with these settings (environment variables such as <c>Site__BaseUrl=</c>) and asserts it stops at once with one line and no stack trace; returns that line.</summary>
    public static async Task<string> StartUpFailureAsync(params string[] settings) =>
        Assert.Single(await StartUpFailuresAsync(settings));

    /// <summary>Starts the site with these settings and asserts it stops at once with no stack trace; returns every line it printed.</summary>
    public static async Task<string[]> StartUpFailuresAsync(params string[] settings)
    {
        var (exit, output, error) = await RunAsync("http://127.0.0.1:0", settings);
        Assert.Equal(SiteApplication.CannotStart, exit);
        var lines = (output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(lines, line => Assert.DoesNotContain("Exception", line, StringComparison.Ordinal));
        return lines;
    }

    /// <summary>Runs the site listening on <paramref name="urls"/> until it stops (at most a minute).</summary>
    public static Task<(int Exit, string Output, string Error)> RunAsync(string urls, params string[] settings) =>
        ExternalPrograms.RunAsync("env",
        [
            "ASPNETCORE_ENVIRONMENT=Production", $"Site__BaseUrl={SiteFactory.PublicAddress}", $"Content__Root={SiteFactory.FixtureContent}", .. settings,
            // A bound in case the settings were accepted and the site went on serving.
            "timeout", "60", "dotnet", typeof(Program).Assembly.Location, "--urls", urls,
        ]);
}
