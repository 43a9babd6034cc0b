namespace Sciatica.Web.Security;

/// <summary>
/// The same locked-down headers on every response (pages, assets, errors, health): scripts, styles and
/// images from this origin only, no framing, no referrer leaking which page a patient read, and no
/// powerful browser features. Set when the response starts, so error pages that clear headers keep them.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'; object-src 'none'";

    /// <summary>
    /// The static copy's search page, as a <c>meta</c> policy: Pagefind compiles WebAssembly, which needs
    /// 'wasm-unsafe-eval' (and nothing weaker: no eval, no inline script). frame-ancestors cannot be set by meta.
    /// </summary>
    public const string InBrowserSearchPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>
    /// One year, subdomains included. Sent only on responses over HTTPS (RFC 6797 §7.2: never over plain HTTP),
    /// which behind a proxy means its trusted <c>X-Forwarded-Proto</c> said https (<see cref="ReverseProxy"/>),
    /// and never in Development, so a developer's localhost is not pinned to HTTPS.
    /// </summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static WebApplication UseSciaticaSecurityHeaders(this WebApplication app)
    {
        var hsts = !app.Environment.IsDevelopment();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                if (hsts && context.Request.IsHttps)
                {
                    headers.StrictTransportSecurity = StrictTransportSecurity;
                }

                // No cookies, ever: nothing on this site needs state about a reader.
                headers.SetCookie = default;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
