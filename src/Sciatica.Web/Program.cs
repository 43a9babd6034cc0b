using Sciatica.Web.PageCache;
using Sciatica.Web.Site;

var app = SiteApplication.Build(HostingOptions.From(args));
app.WarmUpSciaticaPageCache();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
