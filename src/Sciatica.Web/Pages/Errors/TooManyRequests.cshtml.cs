using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Pages;

/// <summary>The page a client over the search rate limit sees (the limiter has set Retry-After).</summary>
[KeepInPageCache]
public sealed class TooManyRequestsModel : PageModel
{
    // Set here too, so the page reached by its own address is never kept as a 200.
    public void OnGet() => Response.StatusCode = StatusCodes.Status429TooManyRequests;
}
