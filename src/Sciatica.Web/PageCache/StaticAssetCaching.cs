using Microsoft.AspNetCore.StaticAssets;

namespace Sciatica.Web.PageCache;

public static class StaticAssetCaching
{
    public const string FingerprintedCacheControl = "public, max-age=31536000, immutable";

    /// <summary>
    /// Assets from the build manifest: fingerprinted URLs (asp-append-version), precompressed Brotli and
    /// gzip, ETags. Fingerprinted responses are marked <c>public</c> too, so shared caches and CDNs keep them.
    /// </summary>
    public static WebApplication MapSciaticaStaticAssets(this WebApplication app)
    {
        app.MapStaticAssets().Add(endpoint =>
        {
            var immutable = endpoint.Metadata.OfType<StaticAssetDescriptor>().Any(d =>
                d.ResponseHeaders.Any(h => h.Name == "Cache-Control" && h.Value.Contains("immutable", StringComparison.Ordinal)));
            if (!immutable || endpoint.RequestDelegate is not { } serve)
            {
                return;
            }

            endpoint.RequestDelegate = context =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = FingerprintedCacheControl;
                    return Task.CompletedTask;
                });
                return serve(context);
            };
        });
        return app;
    }
}
