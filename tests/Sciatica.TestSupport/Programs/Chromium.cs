using Microsoft.Playwright;

namespace Sciatica.TestSupport;

/// <summary>Debian's Chromium (<see cref="Tool.Chromium"/>), headless; it tries to reach no outside host (this network refuses them).</summary>
public static class Chromium
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new() { ExecutablePath = Tools.ChromiumPath, Headless = true, Args = Flags });
}
