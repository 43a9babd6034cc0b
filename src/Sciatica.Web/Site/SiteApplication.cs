using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Sciatica.Web.CiteThisPage;
using Sciatica.Web.Connect;
using Sciatica.Web.Content;
using Sciatica.Web.Feeds;
using Sciatica.Web.Logging;
using Sciatica.Web.PageCache;
using Sciatica.Web.Security;

namespace Sciatica.Web.Site;

/// <summary>
/// The whole site, services and request pipeline; its content starts loading as soon as the services exist. <see cref="Serve"/> adds the
/// warm-up and runs it on Kestrel; the CLI's <c>export</c> hosts the same application on an in-memory server (each
/// page is fetched once there, so a warm-up would only double the work), so its files are what the live site serves.
/// </summary>
public static class SiteApplication
{
    /// <summary>Exit code when start-up is refused: a bad setting, or an address another program holds.</summary>
    public const int CannotStart = 1;

    /// <summary>
    /// Builds, warms up and runs the site on Kestrel until it stops. A setting that stops start-up (no
    /// <c>Site:BaseUrl</c> in Production, a content folder that is not there) or an address already in use is an
    /// operator's mistake, not a crash: one line saying what to change and exit code <see cref="CannotStart"/>, no stack trace.
    /// </summary>
    public static int Serve(WebApplicationOptions options)
    {
        try
        {
            var app = Build(options);
            app.WarmUpSciaticaPageCache();
            app.Run();
            return 0;
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine($"{Name} cannot start: {e.Message}");
            return CannotStart;
        }
        // Options validated on start come back together when more than one setting is wrong: one line for each.
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            foreach (var inner in e.InnerExceptions)
            {
                Console.Error.WriteLine($"{Name} cannot start: {inner.Message}");
            }

            return CannotStart;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            Console.Error.WriteLine($"{Name} cannot start: {e.Message} Stop the program using it or give another address with --urls.");
            return CannotStart;
        }
    }

    /// <summary>The site's assembly: where Razor finds its pages and the static assets manifest its name, whichever program hosts it.</summary>
    public static string Name { get; } = typeof(SiteApplication).Assembly.GetName().Name!;

    /// <param name="configure">Runs before any service is added (the CLI swaps the server and sets configuration).</param>
    public static WebApplication Build(WebApplicationOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(options);
        configure?.Invoke(builder);
        builder.AddSciaticaLogging();
        builder.AddSciaticaKestrelLimits();
        builder.Services.AddSciaticaContent(builder.Configuration);
        builder.Services.AddSciaticaSite(builder.Configuration);
        builder.Services.AddSciaticaPageCache();
        builder.Services.AddSciaticaRateLimiting(builder.Configuration);
        builder.Services.AddSciaticaHealth();
        builder.Services.AddSciaticaPages();
        builder.Services.AddSciaticaConnect();

        var app = builder.Build();
        // Parsing the content takes about as long as building the pipeline below and starting the server: overlap them.
        _ = app.Services.GetRequiredService<ContentStore>().StartFirstLoad();
        app.ValidateSciaticaSettings();
        app.UseSciaticaForwardedHeaders();
        app.UseSciaticaRequestLogging();
        app.UseSciaticaSecurityHeaders();
        app.UseSciaticaRequestHardening();
        app.UseSciaticaTrailingSlashRedirect();
        app.UseSciaticaPageCache();
        app.UseSciaticaErrorPages();
        app.UseRouting();
        // Placed after routing (the framework would put them first) so pages served from memory skip them.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseSciaticaPageCacheFill();
        app.MapSciaticaStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapSciaticaCrawlerFiles();
        app.MapSciaticaPageCitationFiles();
        app.MapSciaticaConnect();
        app.MapSciaticaHealth();
        // Ends the pipeline here (the framework would add it outside), so the warm-up can run the whole of it.
        app.UseEndpoints(_ => { });
        return app;
    }
}
