extern alias site;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sciatica.Cli.Export;
using Sciatica.Content;
using site::Sciatica.Web.Content;

namespace Sciatica.Cli.Verbs;

/// <summary>
/// <c>export &lt;out-dir&gt;</c>: the published site as plain files for any static host or CDN, rendered by the
/// site itself. Exit 1 if the content has errors or a page the site links to is missing (files are still written).
/// </summary>
public static class ExportVerb
{
    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        if (options.Arguments is not [var target])
        {
            return Usage(error, "export needs the folder to write, e.g.: export /tmp/site");
        }

        if (!Directory.Exists(options.ContentRoot))
        {
            return Usage(error, $"{options.ContentRoot} is not a folder; pass --content DIR with the folder that holds articles/");
        }

        var folder = Path.GetFullPath(target);
        if (!PrepareFolder(folder, error))
        {
            return CommandLine.Usage;
        }

        var clock = Stopwatch.StartNew();
        using var site = new InProcessSite(options.ContentRoot, options.BaseUrl);
        using var client = site.CreateExportClient();
        var snapshot = site.Services.GetRequiredService<ContentStore>().Current;
        var exporter = new SiteExporter(client, folder);
        // The site's own list of pages; the exporter finds the rest (assets, linked pages) by following links.
        exporter.ExportAsync(SitePages.All(snapshot, includeDrafts: false), []).GetAwaiter().GetResult();

        foreach (var problem in exporter.Problems)
        {
            error.WriteLine($"export: {problem}");
        }

        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            error.WriteLine($"export: the content has {errors} errors (run check); articles with errors were left out");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"exported {exporter.Written.Count} files to {folder} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return errors > 0 || exporter.Problems.Count > 0 ? CommandLine.ContentErrors : CommandLine.Ok;
    }

    /// <summary>An export goes into a new or empty folder, or replaces an earlier export; it never deletes anything else.</summary>
    private static bool PrepareFolder(string folder, TextWriter error)
    {
        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.CreateDirectory(folder);
            return true;
        }

        if (!File.Exists(Path.Combine(folder, "index.html")) || !File.Exists(Path.Combine(folder, ExportPaths.NotFoundPage)))
        {
            error.WriteLine($"{folder} is not empty and does not look like an earlier export; choose an empty folder");
            return false;
        }

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo directory)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }

        return true;
    }

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine(message);
        return CommandLine.Usage;
    }
}
