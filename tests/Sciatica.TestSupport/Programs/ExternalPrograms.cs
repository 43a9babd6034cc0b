using System.Diagnostics;

namespace Sciatica.TestSupport;

/// <summary>
/// Programs the tests drive (Chromium, Java, npm). One that is missing is installed from Debian on first
/// use, as <c>.ci/run</c> does, so <c>dotnet test</c> works on a fresh machine.
/// </summary>
public static class ExternalPrograms
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task EnsureAsync(string command, string debianPackage)
    {
        if (OnPath(command))
        {
            return;
        }

        await InstallLock.WaitAsync();
        try
        {
            if (!OnPath(command))
            {
                await RunAsync("apt-get", ["update", "-qq"]);
                var (exit, _, stderr) = await RunAsync("apt-get", ["install", "-y", "-qq", debianPackage]);
                Assert.True(exit == 0 && OnPath(command), $"{command} is missing and `apt-get install {debianPackage}` failed:\n{stderr}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, command)));
}
