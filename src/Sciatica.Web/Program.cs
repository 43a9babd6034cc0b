using Sciatica.Web.Citing;
using Sciatica.Web.Content;
using Sciatica.Web.Feeds;
using Sciatica.Web.Logging;
using Sciatica.Web.PageCache;
using Sciatica.Web.Security;
using Sciatica.Web.Site;

var builder = WebApplication.CreateBuilder(HostingOptions.From(args));
builder.AddSciaticaLogging();
builder.AddSciaticaKestrelLimits();
builder.Services.AddSciaticaContent(builder.Configuration);
builder.Services.AddSciaticaSite(builder.Configuration);
builder.Services.AddSciaticaPageCache();
builder.Services.AddSciaticaRateLimiting(builder.Configuration);
builder.Services.AddSciaticaHealth();
builder.Services.AddSciaticaPages();

var app = builder.Build();
app.UseSciaticaForwardedHeaders();
app.UseSciaticaRequestLogging();
app.UseSciaticaSecurityHeaders();
app.UseSciaticaRequestHardening();
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
app.MapSciaticaCitationFiles();
app.MapSciaticaHealth();
// Ends the pipeline here (the framework would add it outside), so the warm-up below can run the whole of it.
app.UseEndpoints(_ => { });
app.WarmUpSciaticaPageCache();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
