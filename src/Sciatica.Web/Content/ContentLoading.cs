namespace Sciatica.Web.Content;

/// <summary>
/// Loads the content when the host starts. Hosted services start before the server listens, so no request waits
/// for the content, and content that cannot be loaded at all stops start-up with its error.
/// </summary>
public sealed class ContentLoading(ContentStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(store.Load, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
