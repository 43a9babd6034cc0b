namespace Sciatica.Web.Site;

public static class SiteServiceExtensions
{
    /// <summary>Binds and validates <c>Site:BaseUrl</c>, and registers what pages need for link previews and handouts.</summary>
    public static IServiceCollection AddSciaticaSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<QrCodeRenderer>();
        services.AddSingleton<LinkPreview>();
        return services;
    }

    /// <summary>
    /// Razor Pages, without loading the data-protection key ring at start-up: it exists for antiforgery
    /// tokens, and no form here posts (search uses GET). That load cost ~60 ms of every start.
    /// </summary>
    public static IServiceCollection AddSciaticaPages(this IServiceCollection services)
    {
        services.AddRazorPages();
        foreach (var keyRingLoader in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService").ToList())
        {
            services.Remove(keyRingLoader);
        }

        return services;
    }
}
