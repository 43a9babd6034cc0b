using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sciatica.Web.Content;
using Sciatica.Web.Site;

namespace Sciatica.Web.Tests.Site;

public sealed class SiteServicesTests(SiteFactoryFixture site) : IClassFixture<SiteFactoryFixture>
{
    [Fact]
    public void Razor_pages_bring_a_key_ring_loader_that_the_site_removes()
    {
        // If the framework stops adding it, the removal has nothing left to do and should go.
        Assert.Contains(new ServiceCollection().AddRazorPages().Services, SiteServiceExtensions.IsKeyRingLoader);
        Assert.DoesNotContain(new ServiceCollection().AddSciaticaPages(), SiteServiceExtensions.IsKeyRingLoader);
        Assert.DoesNotContain(site.Production.Services.GetServices<IHostedService>(),
            s => s.GetType().Assembly == typeof(Microsoft.AspNetCore.DataProtection.DataProtectionOptions).Assembly);
    }

    [Fact]
    public void The_content_is_loaded_by_the_time_the_site_answers()
    {
        Assert.Contains(site.Production.Services.GetServices<IHostedService>(), s => s is ContentLoading);
        Assert.NotEmpty(site.Production.Services.GetRequiredService<ContentStore>().Current.Articles);
    }
}
