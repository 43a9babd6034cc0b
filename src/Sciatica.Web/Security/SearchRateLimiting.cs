using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Sciatica.Web.Security;

/// <summary>
/// Search is the one page rendered per request (every other page is served from memory), so each client
/// address gets a token bucket for it: a burst of <see cref="TokenLimit"/> searches, refilled by
/// <see cref="TokensPerPeriod"/> every <see cref="PeriodSeconds"/>. Over the limit a client gets the 429 page with Retry-After; others are unaffected.
/// </summary>
public sealed class SearchRateLimitOptions
{
    public const string Section = "RateLimiting:Search";

    [Range(1, 100_000)]
    public int TokenLimit { get; set; } = 20;

    [Range(1, 100_000)]
    public int TokensPerPeriod { get; set; } = 5;

    [Range(1, 86_400)]
    public int PeriodSeconds { get; set; } = 1;
}

public static class SearchRateLimiting
{
    public const string Policy = "search";

    public static IServiceCollection AddSciaticaRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchRateLimitOptions>()
            .Bind(configuration.GetSection(SearchRateLimitOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<SearchRateLimitOptions>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.TokenLimit,
                    TokensPerPeriod = options.TokensPerPeriod,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(options.PeriodSeconds),
                    QueueLimit = 0,
                });
            });
            // The status-code pages then render the friendly 429 page; the header says when to come back.
            limiter.OnRejected = (rejected, _) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
