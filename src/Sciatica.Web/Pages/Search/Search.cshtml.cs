using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Sciatica.Content.Articles;
using Sciatica.Content.Search;
using Sciatica.Web.Content;
using Sciatica.Web.Security;
using Sciatica.Web.Site;

namespace Sciatica.Web.Pages;

[EnableRateLimiting(SearchRateLimiting.Policy)]
public sealed class SearchModel(RequestContent content, IOptions<SiteOptions> site) : PageModel
{
    /// <summary>Longer queries are cut here: nobody types more, and it bounds the work per request.</summary>
    public const int MaxQueryLength = 200;

    public string Query { get; private set; } = "";

    /// <summary>False when the query is empty or only filler words, so there was nothing to look for.</summary>
    public bool HasTerms { get; private set; }

    public SearchResultPage Results { get; private set; } = new([], 0, 1, 1, []);

    public IReadOnlyList<Article> Sections { get; private set; } = [];

    /// <summary>On a static copy (<c>Site:StaticCopy</c>, set by export) the page searches the copy's Pagefind index in the browser.</summary>
    public bool InBrowser => site.Value.StaticCopy;

    /// <summary>The synonyms, as JSON for the static copy's search script (a data block: HTML-sensitive characters are escaped).</summary>
    public string BrowserSynonymsJson => JsonSerializer.Serialize(BrowserSynonyms.Of(content.Snapshot.Synonyms), JsonSerializerOptions.Web);

    /// <summary>A link to another page of the same results.</summary>
    public string PageLink(int page) => $"/search?q={Uri.EscapeDataString(Query)}" + (page > 1 ? $"&page={page}" : "");

    // "page" is also Razor Pages' own route value (the page's name), so the query key is bound explicitly.
    public void OnGet(string? q, [FromQuery(Name = "page")] int pageNumber = 1)
    {
        Query = (q ?? "").Trim();
        if (Query.Length > MaxQueryLength)
        {
            Query = Query[..MaxQueryLength];
        }

        HasTerms = SearchIndex.TermsOf(Query).Count > 0;
        Results = content.Snapshot.Search.Search(Query, a => content.IncludeDrafts || !a.FrontMatter.Draft, pageNumber);
        Sections = [.. content.Published];
    }
}
