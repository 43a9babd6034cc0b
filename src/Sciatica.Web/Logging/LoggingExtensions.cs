using System.Globalization;
using Microsoft.AspNetCore.Connections;
using Sciatica.Web.PageCache;
using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;
using Serilog.Settings.Configuration;

namespace Sciatica.Web.Logging;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from configuration, written to standard output in bulk (<see cref="ConsoleBatchSink"/>): one
    /// JSON object per line for a log collector, or plain lines in Development. No bootstrap logger: several
    /// test hosts share one process.
    /// </summary>
    public static WebApplicationBuilder AddSciaticaLogging(this WebApplicationBuilder builder)
    {
        ITextFormatter formatter = builder.Environment.IsDevelopment()
            ? new MessageTemplateTextFormatter("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", CultureInfo.InvariantCulture)
            : new CompactJsonFormatter();
        builder.Services.AddSerilog((services, logger) => logger
            // Configuration sets levels only; naming the assembly spares a scan of every DLL for sinks at start-up.
            .ReadFrom.Configuration(builder.Configuration, new ConfigurationReaderOptions(typeof(Log).Assembly))
            .ReadFrom.Services(services)
            // The host's own per-request scope and "request starting" events duplicate the request log below.
            .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off)
            // SiteApplication.Serve reports a taken address in one line; the host's copy would add a stack trace.
            .Filter.ByExcluding(e => e.Exception is IOException { InnerException: AddressInUseException })
            .WriteTo.Sink(ConsoleBatchSink.Create(formatter, Console.OpenStandardOutput())),
            preserveStaticLogger: true); // each host logs through its own logger, never the process-wide one
        return builder;
    }

    /// <summary>One structured line per request: method, path, status, elapsed. No query strings, IPs or cookies.</summary>
    public static WebApplication UseSciaticaRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.GetLevel = (context, _, exception) =>
                PageCacheWarmUp.IsWarmUp(context) ? LogEventLevel.Verbose // it reports for itself
                : exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                : LogEventLevel.Information;
        });
        return app;
    }
}
