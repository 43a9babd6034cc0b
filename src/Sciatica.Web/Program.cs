using Sciatica.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSciaticaLogging();
builder.Services.AddSciaticaContent(builder.Configuration);
builder.Services.AddSciaticaSite(builder.Configuration);
builder.Services.AddRazorPages();

var app = builder.Build();
app.UseSciaticaErrorPages();
app.UseSciaticaRequestLogging();
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();
app.MapSciaticaCrawlerFiles();
app.LoadSciaticaContent();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
