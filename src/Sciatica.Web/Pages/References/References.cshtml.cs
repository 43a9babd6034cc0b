using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Pages;

[KeepInPageCache]
public sealed class ReferencesModel(ContentStore store) : PageModel
{
    public ContentSnapshot Snapshot { get; private set; } = null!;

    public bool IncludeDrafts => store.IncludeDrafts;

    public void OnGet() => Snapshot = store.Current;
}
