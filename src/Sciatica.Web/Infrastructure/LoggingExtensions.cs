using System.Globalization;
using Serilog;

namespace Sciatica.Web.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from configuration. No bootstrap logger: several test hosts share one process. The console
    /// is written from a background thread, so a burst of requests never waits on the terminal.
    /// </summary>
    public static WebApplicationBuilder AddSciaticaLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Async(sink => sink.Console(formatProvider: CultureInfo.InvariantCulture)));
        return builder;
    }

    /// <summary>One structured line per request: method, path, status, elapsed. No query strings, IPs or cookies.</summary>
    public static WebApplication UseSciaticaRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o => o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms");
        return app;
    }
}
