using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Sciatica.Web.Tests.Security;

/// <summary>
/// Hostile URLs sent byte for byte to the real Kestrel server (an HTTP client would clean them up first):
/// each gets 400, 404, 405 or 414, never a 500 and never a file from outside what is published.
/// </summary>
public sealed class RequestHardeningTests : IClassFixture<RequestHardeningTests.KestrelSite>
{
    private readonly KestrelSite _site;

    public RequestHardeningTests(KestrelSite site) => _site = site;

    [Theory]
    [InlineData("/../../etc/passwd", 404)]
    [InlineData("/..%2F..%2Fetc%2Fpasswd", 404)]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd", 404)]
    [InlineData("/css/..%2F..%2Fappsettings.json", 404)]
    [InlineData("/appsettings.json", 404)]
    [InlineData("/Sciatica.Web.dll", 404)]
    [InlineData("/articles/first.md", 404)]
    [InlineData("/first.md", 404)]
    [InlineData("/first%2F..%2Fsecond", 404)]
    [InlineData("/first%00", 400)]
    [InlineData("/first%0d%0aSet-Cookie:%20x=1", 400)]
    [InlineData("/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd", 404)]
    [InlineData("/%ED%A0%80", 404)]
    [InlineData("/%EF%BC%8E%EF%BC%8E", 404)]
    [InlineData("/fi%CC%81rst", 404)]
    [InlineData("/FIRST", 404)]
    [InlineData("/first?slug=../../etc/passwd", 200)]
    [InlineData("/first/", 301)]
    [InlineData("//first/", 301)]
    public async Task Path_tricks_get_a_client_error_never_a_server_error(string target, int status)
    {
        var (code, _) = await _site.SendAsync($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Assert.Equal(status, code);
    }

    [Theory]
    [InlineData(600, 414)]
    [InlineData(5_000, 414)]
    [InlineData(100_000, 414)]
    public async Task Overlong_paths_are_refused(int length, int status)
    {
        var (code, _) = await _site.SendAsync($"GET /{new string('a', length)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Assert.Equal(status, code);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task Only_get_and_head_are_allowed(string method)
    {
        var (code, head) = await _site.SendAsync($"{method} /first HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        Assert.Equal(405, code);
        Assert.Contains("Allow: GET, HEAD", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_headers_are_refused()
    {
        var headers = string.Concat(Enumerable.Range(0, 200).Select(i => $"X-H{i}: v\r\n"));
        var (code, _) = await _site.SendAsync($"GET /first HTTP/1.1\r\nHost: localhost\r\n{headers}Connection: close\r\n\r\n");
        Assert.Equal(431, code);
    }

    /// <summary>The site on a real loopback port, for requests no HttpClient would send.</summary>
    public sealed class KestrelSite : IDisposable
    {
        private readonly SiteFactory _factory = new();
        private readonly Uri _address;

        public KestrelSite()
        {
            _factory.UseKestrel(0);
            _factory.StartServer();
            var server = _factory.Services.GetRequiredService<IServer>();
            _address = new Uri(server.Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }

        public async Task<(int Status, string Head)> SendAsync(string request)
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, _address.Port);
            var stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
            using var reader = new StreamReader(stream, Encoding.Latin1);
            var head = new StringBuilder();
            for (var line = await reader.ReadLineAsync(); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
            {
                head.Append(line).Append('\n');
            }

            var status = head.ToString().Split(' ', 3) is [_, var code, ..] ? int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) : 0;
            return (status, head.ToString());
        }

        public void Dispose() => _factory.Dispose();
    }
}
