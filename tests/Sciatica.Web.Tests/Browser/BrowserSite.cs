using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sciatica.Content;

namespace Sciatica.Web.Tests.Browser;

/// <summary>
/// The real site over the real content on a loopback port, and Debian's Chromium driven by Playwright.
/// One per test collection: starting Chromium is the slow part.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly SiteFactory _factory = new(ContentLocator.DefaultRoot());
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
        await ExternalPrograms.EnsureAsync("chromium", "chromium");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumFlags });
    }

    /// <summary>A fresh page (own context) at the given size and colour scheme, already at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        return page;
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    public void Dispose() => _factory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
