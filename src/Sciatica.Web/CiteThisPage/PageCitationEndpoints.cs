using Microsoft.Extensions.Options;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;
using Sciatica.Web.Site;

namespace Sciatica.Web.CiteThisPage;

public static class PageCitationEndpoints
{
    /// <summary><c>/{slug}/cite.ris|bib|json</c>: each article's citation as a file, kept in the page cache like the page itself.</summary>
    public static WebApplication MapSciaticaPageCitationFiles(this WebApplication app)
    {
        app.MapGet("/{slug}/cite.{extension}", (string slug, string extension, ContentStore store, IOptions<SiteOptions> site) =>
        {
            var article = store.Current.Find(slug);
            var file = PageCitationFile.All.FirstOrDefault(f => f.Extension == extension);
            if (article is null || (article.FrontMatter.Draft && !store.IncludeDrafts) || file is null)
            {
                return Results.NotFound();
            }

            return Results.Text(file.Render(PageCitation.For(article, site.Value)), $"{file.MediaType}; charset=utf-8");
        }).WithMetadata(new KeepInPageCacheAttribute());
        return app;
    }
}
