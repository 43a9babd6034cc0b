namespace Sciatica.Web.Site;

public static class HostingOptions
{
    /// <summary>
    /// A published site finds its wwwroot and appsettings beside the program, whatever folder it is started
    /// from (otherwise a service started elsewhere serves empty stylesheets). A development build has no
    /// wwwroot beside it and keeps the default, the working folder.
    /// </summary>
    public static WebApplicationOptions From(string[] args) => new()
    {
        Args = args,
        ContentRootPath = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")) ? AppContext.BaseDirectory : null,
    };
}
