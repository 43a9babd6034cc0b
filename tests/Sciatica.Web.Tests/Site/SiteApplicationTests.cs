using System.Net;
using System.Net.Sockets;
using Sciatica.Web.Site;

namespace Sciatica.Web.Tests.Site;

public sealed class SiteApplicationTests
{
    [Fact]
    public async Task An_address_another_program_holds_stops_start_up_with_one_line_saying_what_to_do()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)other.LocalEndpoint).Port}";

        var (exit, output, error) = await SiteProcess.RunAsync(address);

        // The content loads (and logs) before the server binds, so the output has the usual start-up lines; the error is one line.
        Assert.Equal(SiteApplication.CannotStart, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal($"Sciatica.Web cannot start: Failed to bind to address {address}: address already in use. Stop the program using it or give another address with --urls.", line);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_wrong_settings_stop_start_up_with_one_line_for_each_and_no_stack_trace()
    {
        var lines = await SiteProcess.StartUpFailuresAsync("Content__Root=/no/such/folder", "Site__BaseUrl=");

        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("Sciatica.Web cannot start: ", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Content:Root '/no/such/folder' is not a folder", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Site:BaseUrl is not set", StringComparison.Ordinal));
    }
}
