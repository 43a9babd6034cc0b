namespace Sciatica.Web.Tests;

/// <summary>One Production and one Development site over the fixture content, shared by a test class.</summary>
public sealed class SiteFactoryFixture : IDisposable
{
    public SiteFactory Production { get; } = new();

    public SiteFactory Development { get; } = new(environment: "Development");

    public void Dispose()
    {
        Production.Dispose();
        Development.Dispose();
    }
}
