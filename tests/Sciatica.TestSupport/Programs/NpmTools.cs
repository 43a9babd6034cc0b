using Sciatica.Content;

namespace Sciatica.TestSupport;

/// <summary>
/// Tools the tests take from npm, installed on first use into the repository's git-ignored <c>.tools/NAME</c>
/// (npm itself comes from Debian when it is missing), so <c>dotnet test</c> and CI need no setup step.
/// </summary>
public static class NpmTools
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string Folder(string name) => Path.Combine(Path.GetDirectoryName(ContentLocator.DefaultRoot())!, ".tools", name);

    /// <summary>Installs <paramref name="packages"/> (exact versions) into <c>.tools/<paramref name="name"/></c> unless <paramref name="installed"/> (a path inside it) exists.</summary>
    /// <param name="extraArguments">e.g. <c>--ignore-scripts</c> for a package whose install script downloads something.</param>
    public static async Task<string> EnsureAsync(string name, string installed, IReadOnlyList<string> packages, params string[] extraArguments)
    {
        var folder = Folder(name);
        var path = Path.Combine(folder, installed);
        await ExternalPrograms.EnsureAsync("npm", "npm");
        await InstallLock.WaitAsync();
        try
        {
            if (!File.Exists(path))
            {
                var (exit, stdout, stderr) = await ExternalPrograms.RunAsync("npm", ["install", "--prefix", folder, "--no-audit", "--no-fund", "--save-exact", .. extraArguments, .. packages]);
                Assert.True(exit == 0 && File.Exists(path), $"could not install {string.Join(' ', packages)} with npm:\n{stdout}\n{stderr}");
            }
        }
        finally
        {
            InstallLock.Release();
        }

        return path;
    }
}
