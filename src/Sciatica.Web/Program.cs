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
app.UseSciaticaErrorPages();
app.UseRouting();
app.UseSciaticaPageCaching();
app.MapSciaticaStaticAssets();
app.MapRazorPages().WithStaticAssets().CacheOutput(PageCaching.PagesTag);
app.MapSciaticaCrawlerFiles();
app.MapSciaticaHealth();
app.LoadSciaticaContent();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
