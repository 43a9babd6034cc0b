using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content.Articles;
using Sciatica.Web.Infrastructure;

namespace Sciatica.Web.Pages;

public sealed class IndexModel(ContentStore store) : PageModel
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public void OnGet() => Articles = [.. store.Current.Published(store.IncludeDrafts)];
}
