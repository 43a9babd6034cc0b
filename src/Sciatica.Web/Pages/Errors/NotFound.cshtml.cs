using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content.Articles;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Pages;

[KeepInPageCache]
public sealed class NotFoundModel(RequestContent content) : PageModel
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Articles = [.. content.Published];
    }
}
