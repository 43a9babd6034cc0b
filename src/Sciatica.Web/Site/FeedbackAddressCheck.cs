using Microsoft.Extensions.Options;

namespace Sciatica.Web.Site;

/// <summary>
/// Warns at start-up in Production when <c>Site:FeedbackEmail</c> is not set: the site still runs, but no page
/// offers "Report a problem with this page", so readers cannot tell anyone about a mistake.
/// </summary>
public sealed class FeedbackAddressCheck(IOptions<SiteOptions> site, IHostEnvironment environment, ILogger<FeedbackAddressCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && string.IsNullOrWhiteSpace(site.Value.FeedbackEmail))
        {
            logger.LogWarning("Site:FeedbackEmail is not set, so articles show no \"Report a problem with this page\" link; set it to the address that reads readers' reports");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
