using Microsoft.AspNetCore.DataProtection;

namespace Sciatica.Web.Site;

public static class SiteServiceExtensions
{
    /// <summary>Binds and validates <c>Site:BaseUrl</c> and <c>Site:FeedbackEmail</c>, and registers what pages need for link previews and handouts.</summary>
    public static IServiceCollection AddSciaticaSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<QrCodeRenderer>();
        services.AddSingleton<LinkPreview>();
        services.AddHostedService<FeedbackAddressCheck>();
        return services;
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
