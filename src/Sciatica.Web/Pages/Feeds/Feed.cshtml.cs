using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sciatica.Web.Content;
using Sciatica.Web.Feeds;
using Sciatica.Web.PageCache;
using Sciatica.Web.Site;

namespace Sciatica.Web.Pages;

/// <summary><c>/feed.xml</c>: the Atom feed of published articles (never drafts, even in Development).</summary>
[KeepInPageCache]
public sealed class FeedModel(RequestContent content, IOptions<SiteOptions> site) : PageModel
{
    public IActionResult OnGet() =>
        Content(AtomFeed.Render(content.Snapshot.Published(includeDrafts: false), site.Value), $"{AtomFeed.MediaType}; charset=utf-8");
}
