using Sciatica.Content;
using Sciatica.Web.Tests;

namespace Sciatica.Cli.Tests.Published;

/// <summary>
/// The CLI as an editor installs it: <c>dotnet publish src/Sciatica.Cli</c> into a folder of its own, once per test
/// run, then started as a program from a folder outside the repository, so nothing it needs can come from the source tree.
/// </summary>
public sealed class PublishedCli : IAsyncLifetime
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sciatica-published-" + Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(_root, "cli");

    /// <summary>An empty folder outside the repository, the working folder of every run.</summary>
    public string Elsewhere => Path.Combine(_root, "elsewhere");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Elsewhere);
        // The test build has just built the CLI; publishing it without building again is the same publish, faster.
        var (exit, output, error) = await ExternalPrograms.RunAsync(
            "dotnet", ["publish", "src/Sciatica.Cli", "--no-build", "-c", Configuration, "-o", Folder, "-v", "q"], ContentLocator.RepositoryRoot());
        Assert.True(exit == 0, $"dotnet publish failed:\n{output}\n{error}");
    }

    /// <summary>Runs the published program from <see cref="Elsewhere"/>.</summary>
    public Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) =>
        ExternalPrograms.RunAsync(Path.Combine(Folder, "Sciatica.Cli"), args, Elsewhere);

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedCliGroup : ICollectionFixture<PublishedCli>
{
    public const string Name = "published CLI";
}
