namespace Sciatica.Cli;

/// <summary>
/// What <c>export</c> takes from the machine it runs on: the site's web assets, installed beside this tool, and the
/// PATH on which it looks for npx to build the search index. Given, not read where used, so the verbs can run in another
/// program (the tests run them in process, on the CLI's build output and a PATH without Node.js).
/// </summary>
public sealed record Installation(string AssetsFolder, string SearchPath)
{
    /// <summary>This program's own folder and the PATH it was started with.</summary>
    public static Installation ThisProgram() => new(AppContext.BaseDirectory, Environment.GetEnvironmentVariable("PATH") ?? "");

    public bool HasAssets => Directory.Exists(Path.Combine(AssetsFolder, "wwwroot"));
}
