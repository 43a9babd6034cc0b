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

    /// <summary>The first emergency card an article has (the red-flags page's), shown as written and cited there.</summary>
    public CareCard? EmergencyCard { get; private set; }

    public void OnGet()
    {
        Articles = [.. content.Published];
        EmergencyCard = Articles.SelectMany(a => a.CareCards).FirstOrDefault(c => c.Level == CareLevel.Emergency);
    }
}
