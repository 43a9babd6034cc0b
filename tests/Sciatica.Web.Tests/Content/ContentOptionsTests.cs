using Microsoft.Extensions.Options;

namespace Sciatica.Web.Tests.Content;

public class ContentOptionsTests
{
    [Fact]
    public void A_missing_content_folder_stops_start_up_with_a_clear_message()
    {
        using var site = new SiteFactory("/no/such/folder");
        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains("Content:Root '/no/such/folder' is not a folder", error.Message, StringComparison.Ordinal);
    }
}
