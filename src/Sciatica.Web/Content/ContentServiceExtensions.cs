using Microsoft.Extensions.DependencyInjection.Extensions;
using Sciatica.Content;

namespace Sciatica.Web.Content;

public static class ContentServiceExtensions
{
    /// <summary>Binds and validates <c>Content:Root</c> (failing at start with a clear message), registers the store and its hot-reload watcher.</summary>
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
        services.AddHostedService<ContentWatcher>();
        return services;
    }

    /// <summary>Starts parsing and rendering all content in the background while the pipeline is built.</summary>
    public static WebApplication StartLoadingSciaticaContent(this WebApplication app)
    {
        app.Services.GetRequiredService<ContentStore>();
        return app;
    }

    /// <summary>Waits for the content before the site listens, so no request waits for it and a failure stops start-up.</summary>
    public static WebApplication LoadSciaticaContent(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<ContentStore>().Current;
        return app;
    }
}
