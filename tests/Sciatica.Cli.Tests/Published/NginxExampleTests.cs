using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Sciatica.Cli.Export;
using Sciatica.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Cli.Tests.Published;

/// <summary>The documented nginx configuration (<c>docs/hosting/nginx.conf</c>) as an operator uses it, serving an export in Debian's nginx.</summary>
public sealed class NginxExampleTests : IDisposable
{
    private readonly FourArticleExport _export = new();
    private readonly string _nginx = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "sciatica-nginx-" + Guid.NewGuid().ToString("N"))).FullName;

    [NeedsFact(Tool.Nginx)]
    public async Task Every_exported_file_is_cached_as_the_live_site_caches_it_so_only_fingerprinted_files_are_immutable()
    {
        var (exit, output, error) = await _export.RunAsync();
        Assert.True(exit == 0, output + error);
        using var nginx = await StartNginxAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{nginx.Port}") };
        // The live site as published: fingerprinted assets immutable, the rest revalidated.
        using var live = new SiteFactory(_export.Content.Root).WithWebHostBuilder(b => b.UseSetting("EnableStaticAssetsDevelopmentCaching", "true"));
        using var liveClient = live.CreateClient();

        var urls = Directory.GetFiles(_export.Output, "*", SearchOption.AllDirectories)
            .Select(f => FourArticleExport.UrlOf(Path.GetRelativePath(_export.Output, f).Replace('\\', '/')))
            .Where(u => u != "/" + ExportPaths.NotFoundPage && u != "/search" && !u.StartsWith("/pagefind/", StringComparison.Ordinal)) // only on the copy
            .ToList();
        var immutable = new List<string>();
        foreach (var url in urls)
        {
            var copy = await client.GetAsync(new Uri(url, UriKind.Relative));
            var original = await liveClient.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, copy.StatusCode);
            Assert.True(original.Headers.CacheControl?.ToString() == copy.Headers.CacheControl?.ToString(),
                $"{url}: nginx sends Cache-Control '{copy.Headers.CacheControl}', the live site '{original.Headers.CacheControl}'");
            if (copy.Headers.CacheControl?.ToString() == StaticAssetCaching.FingerprintedCacheControl)
            {
                immutable.Add(url);
            }
        }

        Assert.Contains(urls, u => u == "/apple-touch-icon.png");
        Assert.Contains(immutable, u => u.StartsWith("/css/", StringComparison.Ordinal));
        Assert.All(immutable, u => Assert.Matches(@"\.[a-z0-9]{10}\.[a-z]+$", u));
    }

    /// <summary>The documented configuration, inside the few lines nginx needs to run as this user on a free port.</summary>
    private async Task<Nginx> StartNginxAsync()
    {
        var example = await File.ReadAllTextAsync(Path.Combine(ContentLocator.RepositoryRoot()!, "docs", "hosting", "nginx.conf"));
        Assert.Contains("root /srv/sciatica;", example, StringComparison.Ordinal);
        var port = FreePort();
        var config = Path.Combine(_nginx, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            pid {{_nginx}}/nginx.pid;
            error_log {{_nginx}}/error.log;
            events {}
            http {
                include /etc/nginx/mime.types;
                access_log off;
                client_body_temp_path {{_nginx}}/body;
                {{example.Replace("root /srv/sciatica;", $"root {_export.Output}; listen 127.0.0.1:{port};", StringComparison.Ordinal)}}
            }
            """);
        var start = new ProcessStartInfo(Tools.Find("nginx")!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", _nginx, "-c", config, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        using var probe = new HttpClient();
        await Eventually.Get(async () => process.HasExited || await AnswersAsync(probe, port), up => up, "nginx to answer");
        Assert.False(process.HasExited, $"nginx stopped: {await process.StandardError.ReadToEndAsync()}");
        return new Nginx(process, port);
    }

    private static async Task<bool> AnswersAsync(HttpClient client, int port)
    {
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Nginx(Process Process, int Port) : IDisposable
    {
        public void Dispose()
        {
            // The whole tree: killing the master alone would leave its worker processes running.
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
            Process.Dispose();
        }
    }

    public void Dispose()
    {
        _export.Dispose();
        Directory.Delete(_nginx, recursive: true);
    }
}
