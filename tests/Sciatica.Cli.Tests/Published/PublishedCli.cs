using Sciatica.Content;

namespace Sciatica.Cli.Tests.Published;

/// <summary>
/// The CLI as an editor installs it: <c>dotnet publish src/Sciatica.Cli</c> into a folder of its own, once per test
/// run, then started as a program from a folder outside the repository, so nothing it needs can come from the source tree.
/// Each test class gets its own instance (and working folder), so classes run in parallel; they share the one publish.
/// </summary>
public sealed class PublishedCli : IAsyncLifetime
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private const string DotnetOnlyFolder = "dotnet-only-bin";

    private static readonly Lazy<Task<string>> Publish = new(PublishOnceAsync);

    /// <summary>The .NET install running the tests; the runtime's own folder is dotnet/shared/Microsoft.NETCore.App/VERSION.</summary>
    private static readonly string DotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    private readonly string _elsewhere = Path.Combine(Path.GetTempPath(), "sciatica-elsewhere-" + Guid.NewGuid().ToString("N"));

    public string Folder { get; private set; } = "";

    /// <summary>An empty folder outside the repository, the working folder of every run.</summary>
    public string Elsewhere => _elsewhere;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Elsewhere);
        Folder = await Publish.Value;
    }

    /// <summary>
    /// Runs the published program from <see cref="Elsewhere"/> on a PATH holding only <c>dotnet</c>, as on a machine
    /// without Node.js: <c>export</c> then builds no search index, says so in one line, and runs no npm.
    /// </summary>
    public Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) =>
        ExternalPrograms.RunAsync(Program, args, Elsewhere, new Dictionary<string, string?> { ["PATH"] = DotnetOnly, ["DOTNET_ROOT"] = DotnetRoot });

    /// <summary>Runs it with the machine's PATH, so <c>export</c> builds the search index with Pagefind, offline from npm's cache.</summary>
    public Task<(int Exit, string Output, string Error)> RunWithSearchAsync(params string[] args) =>
        ExternalPrograms.RunAsync(Program, args, Elsewhere, new Dictionary<string, string?> { ["npm_config_offline"] = "true" });

    private string Program => Path.Combine(Folder, "Sciatica.Cli");

    private string DotnetOnly => Path.Combine(Folder, DotnetOnlyFolder);

    public Task DisposeAsync()
    {
        Directory.Delete(Elsewhere, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task<string> PublishOnceAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sciatica-published-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        // The test build has just built the CLI; publishing it without building again is the same publish, faster.
        var (exit, output, error) = await ExternalPrograms.RunAsync(
            "dotnet", ["publish", "src/Sciatica.Cli", "--no-build", "--disable-build-servers", "-c", Configuration, "-o", folder, "-v", "q"], ContentLocator.RepositoryRoot());
        Assert.True(exit == 0, $"dotnet publish failed:\n{output}\n{error}");
        var bin = Directory.CreateDirectory(Path.Combine(folder, DotnetOnlyFolder)).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "dotnet"), Path.Combine(DotnetRoot, "dotnet"));
        return folder;
    }
}
