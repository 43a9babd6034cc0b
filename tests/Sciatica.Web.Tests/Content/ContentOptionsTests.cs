using Sciatica.Web.Tests.Site;

namespace Sciatica.Web.Tests.Content;

public class ContentOptionsTests
{
    [Fact]
    public async Task A_missing_content_folder_stops_start_up_with_a_clear_message()
    {
        var line = await SiteProcess.StartUpFailureAsync("Content__Root=/no/such/folder");
        Assert.Contains("Content:Root '/no/such/folder' is not a folder", line, StringComparison.Ordinal);
    }
}
