namespace Sciatica.Web.Infrastructure;

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
}
