using Microsoft.AspNetCore.Mvc.RazorPages;
using Sciatica.Content.Articles;
using Sciatica.Content.Search;
using Sciatica.Web.Content;

namespace Sciatica.Web.Pages;

public sealed class SearchModel(ContentStore store) : PageModel
{
    /// <summary>Longer queries are cut here: nobody types more, and it bounds the work per request.</summary>
    public const int MaxQueryLength = 200;

    public string Query { get; private set; } = "";

    /// <summary>False when the query is empty or only filler words, so there was nothing to look for.</summary>
    public bool HasTerms { get; private set; }

    public IReadOnlyList<SearchResult> Results { get; private set; } = [];

    public IReadOnlyList<Article> Sections { get; private set; } = [];

    public void OnGet(string? q)
    {
        Query = (q ?? "").Trim();
        if (Query.Length > MaxQueryLength)
        {
            Query = Query[..MaxQueryLength];
        }

        var snapshot = store.Current;
        HasTerms = SearchIndex.TermsOf(Query).Count > 0;
        Results = snapshot.Search.Search(Query, a => store.IncludeDrafts || !a.FrontMatter.Draft);
        Sections = [.. snapshot.Published(store.IncludeDrafts)];
    }
}
