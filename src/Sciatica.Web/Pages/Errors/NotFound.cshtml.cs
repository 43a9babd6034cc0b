using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content.Articles;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Pages;

[KeepInPageCache]
public sealed class NotFoundModel(ContentStore store) : PageModel
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Articles = [.. store.Current.Published(store.IncludeDrafts)];
    }
}
