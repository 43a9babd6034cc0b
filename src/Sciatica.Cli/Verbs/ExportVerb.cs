using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Sciatica.Cli.Export;
using Sciatica.Content;
using Sciatica.Web.Connect;

namespace Sciatica.Cli.Verbs;

/// <summary>
/// <c>export &lt;out-dir&gt;</c>: the published site as plain files for any static host or CDN, rendered by the
/// site itself. Exit 1 if the content has errors or a page the site links to is missing (files are still written).
/// </summary>
public static class ExportVerb
{
    public static Command Create(CliContext cli)
    {
        var target = new Argument<string>("out-dir") { Description = "The folder to write: new, empty, or an earlier export (which is replaced)" };
        var baseUrl = new Option<Uri>("--base-url")
        {
            Description = "The address the copy is served from (https://…): the feed, sitemap, canonical URLs and printed QR codes use it",
            HelpName = "URL",
            Required = true,
            CustomParser = ParseBaseUrl,
        };
        var requireSearch = new Option<bool>("--require-search") { Description = "Fail (exit 1) when the search index cannot be built (Pagefind needs Node.js and npm)" };
        var command = new Command("export", "Write the published site as plain files for any static host (see README)") { target, baseUrl, requireSearch };
        command.SetAction(result => Run(cli, cli.ContentRoot(result), result.GetRequiredValue(target), result.GetRequiredValue(baseUrl), result.GetValue(requireSearch)));
        return command;
    }

    private static Uri? ParseBaseUrl(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        result.AddError($"--base-url needs an address like https://sciatica.example, not '{text}'");
        return null;
    }

    private static int Run(CliContext cli, string contentRoot, string target, Uri baseUrl, bool requireSearch)
    {
        if (!Directory.Exists(contentRoot))
        {
            return cli.UsageError($"{contentRoot} is not a folder; pass --content DIR with the folder that holds articles/");
        }

        if (!cli.Installation.HasAssets)
        {
            return cli.UsageError($"the site's web assets (wwwroot) are missing beside this program in {cli.Installation.AssetsFolder}; reinstall or republish the CLI");
        }

        var folder = Path.GetFullPath(target);
        try
        {
            if (!ExportFolder.Prepare(folder, cli.Error))
            {
                return CommandLine.Usage;
            }

            return ExportAsync(cli, contentRoot, folder, baseUrl, requireSearch).GetAwaiter().GetResult();
        }
        catch (OptionsValidationException e)
        {
            // The site's own settings check, e.g. a --base-url of this machine (readers cannot reach it).
            return cli.UsageError($"export: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return cli.UsageError($"cannot write the export to {folder}: {e.Message}");
        }
    }

    private static async Task<int> ExportAsync(CliContext cli, string contentRoot, string folder, Uri baseUrl, bool requireSearch)
    {
        var clock = Stopwatch.StartNew();
        await using var site = await InProcessSite.StartAsync(contentRoot, baseUrl.OriginalString, cli.Installation.AssetsFolder);
        using var client = site.CreateClient();
        var snapshot = site.Content;
        var exporter = new SiteExporter(client, folder, baseUrl);
        // The site's own list of pages; the exporter finds the rest (assets, linked pages) by following links.
        // /search is the in-browser search page on a static copy (InProcessSite sets Site:StaticCopy).
        await exporter.ExportAsync(SitePages.All(snapshot, includeDrafts: false).Append(InProcessSite.SearchPage).Concat(ConnectPaths.Files(snapshot)));
        var searchProblem = await PagefindIndex.BuildAsync(folder, cli.Installation.SearchPath);
        if (searchProblem is not null)
        {
            cli.Error.WriteLine($"export: {searchProblem}");
        }

        foreach (var problem in exporter.Problems)
        {
            cli.Error.WriteLine($"export: {problem}");
        }

        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            cli.Error.WriteLine($"export: the content has {errors} errors (run check); articles with errors were left out");
        }

        cli.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"exported {exporter.Written.Count} files to {folder} in {clock.Elapsed.TotalSeconds:0.0} s"));
        var failed = errors > 0 || exporter.Problems.Count > 0 || (requireSearch && searchProblem is not null);
        return failed ? CommandLine.ContentErrors : CommandLine.Ok;
    }
}
