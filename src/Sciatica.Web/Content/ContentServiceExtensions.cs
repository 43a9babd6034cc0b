using Microsoft.Extensions.DependencyInjection.Extensions;
using Sciatica.Content;

namespace Sciatica.Web.Content;

public static class ContentServiceExtensions
{
    /// <summary>
    /// Binds and validates <c>Content:Root</c> (failing at start with a clear message), registers the store, its first
    /// load and its hot-reload watcher (in that order: hosted services start one after another), and each request's snapshot.
    /// </summary>
    public static IServiceCollection AddSciaticaContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>()
            .Bind(configuration.GetSection(ContentOptions.Section))
            .PostConfigure(o => o.Root = string.IsNullOrWhiteSpace(o.Root) ? ContentLocator.DefaultRoot() : o.Root)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The real clock; tests replace it with a fixed one so review deadlines never depend on the day they run.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ContentStore>();
        services.AddHostedService<ContentLoading>();
        services.AddHostedService<ContentWatcher>();
        services.AddScoped<RequestContent>();
        return services;
    }
}
