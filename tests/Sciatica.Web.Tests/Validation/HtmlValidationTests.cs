namespace Sciatica.Web.Tests.Validation;

/// <summary>Every page through the Nu Html Checker, beside one known-bad page that proves the checker reports errors.</summary>
public sealed class HtmlValidationTests(CheckedPages pages) : IClassFixture<CheckedPages>
{
    [NeedsFact(Tool.NuHtmlChecker)]
    public void Every_page_is_valid_html()
    {
        var errors = pages.Errors.Where(e => !e.Url.EndsWith(CheckedPages.KnownBad, StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [NeedsFact(Tool.NuHtmlChecker)]
    public void The_checker_reports_invalid_html()
    {
        var error = Assert.Single(pages.Errors, e => e.Url.EndsWith(CheckedPages.KnownBad, StringComparison.Ordinal));
        Assert.Contains("“p”", error.Text, StringComparison.Ordinal);
    }
}

/// <summary>
/// Saves every page of the real site, plus <see cref="KnownBad"/>, and checks them all in one run of the
/// checker: starting its Java runtime costs more than checking the pages.
/// </summary>
public sealed class CheckedPages : IAsyncLifetime
{
    public const string KnownBad = "known-bad.html";

    private const string InvalidHtml = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>x</div></p></body></html>";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sciatica-vnu-");

    public IReadOnlyList<NuHtmlChecker.Message> Errors { get; private set; } = [];

    public async Task InitializeAsync()
    {
        if (Tools.Missing(Tool.NuHtmlChecker) is not null)
        {
            return; // the tests are skipped
        }

        using var real = new RealSiteFixture();
        var client = real.Site.CreateClient();
        var files = new List<string>();
        foreach (var path in RealSiteFixture.ReaderPaths().Append("/search"))
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var file = Path.Combine(_folder.FullName, $"{files.Count:00}-{path.Trim('/').Replace('/', '_').Replace('?', '_').Replace('=', '_')}.html");
            await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
            files.Add(file);
        }

        var bad = Path.Combine(_folder.FullName, KnownBad);
        await File.WriteAllTextAsync(bad, InvalidHtml);
        Errors = await NuHtmlChecker.ErrorsAsync([.. files, bad]);
    }

    public Task DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
