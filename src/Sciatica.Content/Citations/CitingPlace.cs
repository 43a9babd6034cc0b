using Sciatica.Content.Articles;

namespace Sciatica.Content.Citations;

/// <summary>Where on the site a finding is cited: the article and the citation number's anchor.</summary>
public sealed record CitingPlace(Article Article, string AnchorId)
{
    public string Href => $"{SitePages.PathOf(Article)}#{AnchorId}";
}
