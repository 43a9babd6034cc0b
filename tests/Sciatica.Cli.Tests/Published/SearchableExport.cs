using Microsoft.Playwright;
using Sciatica.Content;

namespace Sciatica.Cli.Tests.Published;

/// <summary>
/// The real content exported with its search index, served on a loopback port, and Chromium to search it: made
/// once for all of <see cref="ExportSearchTests"/> (each test opens its own browser context).
/// </summary>
public sealed class SearchableExport : IAsyncLifetime
{
    private readonly PublishedCli _cli = new();
    private readonly string _output = Path.Combine(Path.GetTempPath(), "sciatica-export-search-" + Guid.NewGuid().ToString("N"));
    private StaticFolderServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _server!.Address;

    public async Task InitializeAsync()
    {
        await _cli.InitializeAsync();
        if (Tools.Missing(Tool.Chromium, Tool.Pagefind) is not null)
        {
            return; // the tests are skipped
        }

        var (exit, output, error) = await _cli.RunWithSearchAsync("export", _output, "--base-url", "https://sciatica.test", "--require-search", "--content", ContentLocator.DefaultRoot());
        Assert.True(exit == 0, output + error);
        _server = await StaticFolderServer.StartAsync(_output, onPort: true);
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }

        await _cli.DisposeAsync();
    }
}
