namespace Sciatica.Web.Security;

public static class ErrorPageExtensions
{
    /// <summary>A friendly page for every unknown URL (404) and for a client searching too fast (429), and a 500 page that reveals nothing outside Development.</summary>
    public static WebApplication UseSciaticaErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        return app;
    }
}
