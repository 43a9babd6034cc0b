namespace Sciatica.Web.Tests.Validation;

public sealed class HtmlValidationTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    [Fact]
    public async Task Every_page_is_valid_html()
    {
        var folder = Directory.CreateTempSubdirectory("sciatica-vnu-");
        try
        {
            var client = real.Site.CreateClient();
            var files = new List<string>();
            foreach (var path in RealSiteFixture.ReaderPaths().Append("/search"))
            {
                var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                var file = Path.Combine(folder.FullName, $"{files.Count:00}-{path.Trim('/').Replace('/', '_').Replace('?', '_').Replace('=', '_')}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files.Add(file);
            }

            var errors = await NuHtmlChecker.ErrorsAsync(files);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_checker_reports_invalid_html()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("sciatica-vnu-").FullName, "bad.html");
        await File.WriteAllTextAsync(file, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>x</div></p></body></html>");
        var error = Assert.Single(await NuHtmlChecker.ErrorsAsync([file]));
        Assert.Contains("“p”", error.Text, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }
}
