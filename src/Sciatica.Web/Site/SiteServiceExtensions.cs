using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Sciatica.Web.Site;

public static class SiteServiceExtensions
{
    /// <summary>Binds and validates <c>Site:BaseUrl</c> (required outside Development) and <c>Site:FeedbackEmail</c>, and registers what pages need for link previews and handouts.</summary>
    public static IServiceCollection AddSciaticaSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidation>();
        services.AddSingleton<QrCodeRenderer>();
        services.AddSingleton<LinkPreview>();
        services.AddHostedService<FeedbackAddressCheck>();
        return services;
    }

    /// <summary>
    /// Checks every setting validated on start (<c>Content:Root</c>, <c>Site:BaseUrl</c>) before anything reads
    /// one, so a bad setting stops start-up with its own message instead of failing the content load or the warm-up.
    /// </summary>
    public static WebApplication ValidateSciaticaSettings(this WebApplication app)
    {
        app.Services.GetService<IStartupValidator>()?.Validate();
        return app;
    }

    /// <summary>
    /// Razor Pages, without the hosted service Data Protection adds to load its key ring at start-up: the keys
    /// exist for antiforgery tokens, and no form here posts (search uses GET). That load cost ~60 ms of every start.
    /// A test checks the framework still adds that service and that the site runs without it.
    /// </summary>
    public static IServiceCollection AddSciaticaPages(this IServiceCollection services)
    {
        services.AddRazorPages();
        foreach (var keyRingLoader in services.Where(IsKeyRingLoader).ToList())
        {
            services.Remove(keyRingLoader);
        }

        return services;
    }

    /// <summary>A hosted service from the Data Protection library; it registers only the one that loads the key ring.</summary>
    public static bool IsKeyRingLoader(ServiceDescriptor service) =>
        service.ServiceType == typeof(IHostedService) && service.ImplementationType?.Assembly == typeof(DataProtectionOptions).Assembly;
}
