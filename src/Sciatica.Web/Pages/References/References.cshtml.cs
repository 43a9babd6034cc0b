using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Pages;

[KeepInPageCache]
public sealed class ReferencesModel(RequestContent content) : PageModel
{
    public ContentSnapshot Snapshot => content.Snapshot;

    public bool IncludeDrafts => content.IncludeDrafts;
}
