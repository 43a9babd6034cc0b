namespace Sciatica.Web.Security;

public static class ErrorPageExtensions
{
    /// <summary>A friendly 404 for every unknown URL, and a 500 page that reveals nothing outside Development.</summary>
    public static WebApplication UseSciaticaErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        return app;
    }
}
