using Sciatica.Content;

namespace Sciatica.Web.Tests;

/// <summary>The site over the repository's real content/, which is what patients see.</summary>
public sealed class RealSiteFixture : IDisposable
{
    public SiteFactory Site { get; } = new(ContentLocator.DefaultRoot());

    /// <summary>Every published article's slug, in navigation order.</summary>
    public IReadOnlyList<string> Slugs => [.. ContentSnapshot.Load(Site.ContentRoot).Published(includeDrafts: false).Select(a => a.Slug)];

    public void Dispose() => Site.Dispose();
}
