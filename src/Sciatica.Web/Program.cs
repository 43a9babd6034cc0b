using Sciatica.Web.Site;

return SiteApplication.Serve(HostingOptions.From(args));

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
