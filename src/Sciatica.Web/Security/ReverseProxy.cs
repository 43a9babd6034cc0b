using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Sciatica.Web.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address over plain HTTP. <c>ReverseProxy:KnownProxies</c>
/// lists the proxies trusted to say otherwise: their <c>X-Forwarded-For</c> names the client (the search rate limit's
/// bucket) and their <c>X-Forwarded-Proto</c> the scheme the reader used (HTTPS gets <c>Strict-Transport-Security</c>).
/// With none listed both headers are ignored, so no client can pick its own address or scheme.
/// </summary>
public static class ReverseProxy
{
    public const string KnownProxiesKey = "ReverseProxy:KnownProxies";

    public static WebApplication UseSciaticaForwardedHeaders(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        if (proxies.Length == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{KnownProxiesKey}: '{proxy}' is not an IP address."));
        }

        app.UseForwardedHeaders(options);
        return app;
    }
}
