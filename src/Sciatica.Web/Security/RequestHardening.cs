namespace Sciatica.Web.Security;

/// <summary>
/// Deliberate limits on what a request may be. The site only reads: GET and HEAD, small headers, no body.
/// Paths never reach the file system (slugs are looked up in the loaded snapshot, assets in the build's
/// manifest); control characters and overlong paths are refused before routing.
/// </summary>
public static class RequestHardening
{
    /// <summary>Longest path accepted; real URLs here are under 100 characters.</summary>
    public const int MaxPathLength = 512;

    public static WebApplicationBuilder AddSciaticaKestrelLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            var limits = kestrel.Limits;
            limits.MaxRequestBodySize = 0;
            limits.MaxRequestLineSize = 4 * 1024;
            limits.MaxRequestHeadersTotalSize = 16 * 1024;
            limits.MaxRequestHeaderCount = 50;
            limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
            limits.MaxConcurrentConnections = 10_000;
            limits.MaxConcurrentUpgradedConnections = 0;
            limits.Http2.MaxStreamsPerConnection = 100;
        });
        return builder;
    }

    public static WebApplication UseSciaticaRequestHardening(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD";
                return Task.CompletedTask;
            }

            var path = request.Path.Value ?? "";
            if (path.Length > MaxPathLength)
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return Task.CompletedTask;
            }

            if (path.AsSpan().ContainsAnyInRange('\0', '\u001F') || path.Contains('\u007F', StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }
}
