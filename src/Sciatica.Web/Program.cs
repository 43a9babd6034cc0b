using Sciatica.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(HostingOptions.From(args));
builder.AddSciaticaLogging();
builder.AddSciaticaKestrelLimits();
builder.Services.AddSciaticaContent(builder.Configuration);
builder.Services.AddSciaticaSite(builder.Configuration);
builder.Services.AddSciaticaPageCaching();
builder.Services.AddSciaticaHealth();
builder.Services.AddRazorPages();

var app = builder.Build();
app.UseSciaticaRequestLogging();
app.UseSciaticaSecurityHeaders();
app.UseSciaticaRequestHardening();
app.UseSciaticaRenderedPages();
app.UseSciaticaErrorPages();
app.UseRouting();
// Placed after routing (the framework would put them first) so pages served from memory skip them.
app.UseAuthentication();
app.UseAuthorization();
app.UseSciaticaPageCaching();
app.MapSciaticaStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapSciaticaCrawlerFiles();
app.MapSciaticaHealth();
app.LoadSciaticaContent();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
