using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sciatica.Content;

namespace Sciatica.Web.Tests.Browser;

/// <summary>
/// The real site over the real content on a loopback port, and Debian's Chromium driven by Playwright.
/// Starting them is the slow part, so every browser test collection shares one of each: the first
/// collection to start them starts them, the last to finish stops them.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private static readonly SemaphoreSlim Lock = new(1, 1);
    private static Running? _running;
    private static int _users;

    private Running _site = null!;

    public IBrowser Browser => _site.Browser;

    public Uri BaseAddress => _site.BaseAddress;

    /// <summary>
    /// A fresh page in its own context, at the given size and colour scheme, already at <paramref name="path"/>.
    /// Dispose its <see cref="IPage.Context"/> when done (<c>await using var context = page.Context;</c>).
    /// </summary>
    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(path));
        return page;
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public async Task InitializeAsync()
    {
        if (Tools.Missing(Tool.Chromium) is not null)
        {
            return; // the tests are skipped
        }

        await Lock.WaitAsync();
        try
        {
            _running ??= await Running.StartAsync();
            _users++;
            _site = _running;
        }
        finally
        {
            Lock.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (Tools.Missing(Tool.Chromium) is not null)
        {
            return;
        }

        await Lock.WaitAsync();
        try
        {
            if (--_users == 0)
            {
                await _running!.DisposeAsync();
                _running = null;
            }
        }
        finally
        {
            Lock.Release();
        }
    }

    private sealed class Running(SiteFactory factory, IPlaywright playwright, IBrowser browser, Uri baseAddress) : IAsyncDisposable
    {
        public IBrowser Browser => browser;

        public Uri BaseAddress => baseAddress;

        public static async Task<Running> StartAsync()
        {
            var factory = new SiteFactory(ContentLocator.DefaultRoot());
            factory.UseKestrel(0);
            factory.StartServer();
            var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            var playwright = await Playwright.CreateAsync();
            var browser = await Chromium.LaunchAsync(playwright);
            return new Running(factory, playwright, browser, new Uri(addresses.Addresses.First()));
        }

        public async ValueTask DisposeAsync()
        {
            await browser.CloseAsync();
            playwright.Dispose();
            await factory.DisposeAsync();
        }
    }
}

/// <summary>
/// Browser test classes each get a collection of their own so they run in parallel (xunit runs one
/// collection's tests one after another); they still share one <see cref="BrowserSite"/>.
/// </summary>
public static class BrowserCollections
{
    public const string Accessibility = "browser: accessibility";
    public const string Articles = "browser: articles";
    public const string Reader = "browser: reader";
    public const string Print = "browser: print";
}

[CollectionDefinition(BrowserCollections.Accessibility)]
public sealed class AccessibilityBrowser : ICollectionFixture<BrowserSite>;

[CollectionDefinition(BrowserCollections.Articles)]
public sealed class ArticlesBrowser : ICollectionFixture<BrowserSite>;

[CollectionDefinition(BrowserCollections.Reader)]
public sealed class ReaderBrowser : ICollectionFixture<BrowserSite>;

[CollectionDefinition(BrowserCollections.Print)]
public sealed class PrintBrowser : ICollectionFixture<BrowserSite>;
