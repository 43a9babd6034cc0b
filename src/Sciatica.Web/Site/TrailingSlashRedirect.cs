namespace Sciatica.Web.Site;

/// <summary>
/// One address per page: <c>/overview/</c> answers 301 to <c>/overview</c>, the address the canonical link, sitemap,
/// feed and JSON-LD give, so a link with a slash does not split the page's identity. The query string is kept (the
/// fragment never reaches the server; browsers keep it across the redirect themselves).
/// </summary>
public static class TrailingSlashRedirect
{
    public static WebApplication UseSciaticaTrailingSlashRedirect(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var request = context.Request;
            var path = request.Path.Value ?? "";
            if (path.Length <= 1 || !path.EndsWith('/'))
            {
                return next(context);
            }

            // One leading slash only: "//evil.example/" must stay on this site, not become a protocol-relative address.
            var target = new PathString("/" + path.Trim('/'));
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = (request.PathBase + target).ToUriComponent() + request.QueryString.ToUriComponent();
            return Task.CompletedTask;
        });
        return app;
    }
}
