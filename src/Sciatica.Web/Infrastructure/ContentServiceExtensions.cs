using Sciatica.Content;

namespace Sciatica.Web.Infrastructure;

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
        services.AddSingleton<ContentStore>();
        services.AddHostedService<ContentWatcher>();
        return services;
    }

    /// <summary>Parses and renders all content before the first request, so no request ever waits for it.</summary>
    public static WebApplication LoadSciaticaContent(this WebApplication app)
    {
        app.Services.GetRequiredService<ContentStore>();
        return app;
    }
}
