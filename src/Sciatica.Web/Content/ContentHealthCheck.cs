using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sciatica.Web.Content;

/// <summary>
/// Healthy when every content file loads cleanly; Degraded, naming the files, while any has errors
/// (the site still serves the last good version of each, so it stays up and answers 200).
/// </summary>
public sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = store.Current;
        var failing = snapshot.Diagnostics.Where(d => d.IsError).Select(d => d.File).Distinct().ToList();
        var result = failing.Count == 0
            ? HealthCheckResult.Healthy($"{snapshot.Articles.Count} articles loaded")
            : HealthCheckResult.Degraded($"content errors in: {string.Join(", ", failing)}");
        return Task.FromResult(result);
    }
}

public static class HealthExtensions
{
    public const string Path = "/healthz";

    public static IServiceCollection AddSciaticaHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");
        return services;
    }

    /// <summary>Plain text: the status on the first line, then one line per check that is not healthy.</summary>
    public static WebApplication MapSciaticaHealth(this WebApplication app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                var text = new StringBuilder(report.Status.ToString()).Append('\n');
                foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
                {
                    text.Append(name).Append(": ").Append(entry.Description).Append('\n');
                }

                context.Response.ContentType = "text/plain; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                return context.Response.WriteAsync(text.ToString());
            },
        });
        return app;
    }
}
