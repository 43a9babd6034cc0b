using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content.Articles;
using Sciatica.Content.Rendering.CareCards;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Pages;

[KeepInPageCache]
public sealed class IndexModel(RequestContent content) : PageModel
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    /// <summary>The shared emergency-signs block, the same words every article that lists emergency signs places.</summary>
    public CareCard? EmergencyCard { get; private set; }

    public void OnGet()
    {
        Articles = [.. content.Published];
        EmergencyCard = content.Snapshot.EmergencySigns;
    }
}
