using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Sciatica.Web.Tests.Logging;

public sealed class RequestLoggingTests
{
    [Theory]
    [InlineData("/first?utm_source=mail", "/first", 200)] // the second request is served from memory
    [InlineData("/no-such-page", "/no-such-page", 404)]
    public async Task Each_request_is_logged_with_method_path_status_and_time_but_no_query_string(string url, string path, int status)
    {
        var events = new CapturingSink();
        using var site = new SiteFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(events)));
        var client = site.CreateClient();
        await client.GetAsync(new Uri(url, UriKind.Relative));
        await client.GetAsync(new Uri(url, UriKind.Relative));

        var requests = await Eventually.Get(() => Task.FromResult(events.Events.Where(e => e.Properties.ContainsKey("RequestPath") && e.Properties.ContainsKey("StatusCode")).ToList()), l => l.Count >= 2, "two request log events");
        Assert.All(requests, e =>
        {
            Assert.Equal("\"GET\"", e.Properties["RequestMethod"].ToString());
            Assert.Equal($"\"{path}\"", e.Properties["RequestPath"].ToString());
            Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Properties["StatusCode"].ToString());
            Assert.True(e.Properties.ContainsKey("Elapsed"));
            Assert.DoesNotContain("utm_source", e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });
    }
}
