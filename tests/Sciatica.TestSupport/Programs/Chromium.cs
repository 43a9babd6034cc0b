using Microsoft.Playwright;

namespace Sciatica.TestSupport;

/// <summary>Debian's Chromium, headless, installed on first use; it tries to reach no outside host (this network refuses them).</summary>
public static class Chromium
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        await ExternalPrograms.EnsureAsync("chromium", "chromium");
        return await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = Flags });
    }
}
