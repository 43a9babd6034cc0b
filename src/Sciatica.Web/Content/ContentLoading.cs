namespace Sciatica.Web.Content;

/// <summary>
/// Waits for the first load of the content when the host starts (beginning it if the site has not already).
/// Hosted services start before the server listens, so no request waits for the content, and content that
/// cannot be loaded at all stops start-up with its error.
/// </summary>
public sealed class ContentLoading(ContentStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.StartFirstLoad().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
