using System.Diagnostics;

namespace Sciatica.Cli.Export;

/// <summary>
/// Builds the static copy's search index with Pagefind (npm <c>pagefind</c>, run through <c>npx</c>, which fetches it on
/// first use): article bodies only (<c>data-pagefind-body</c>), without citation numbers, popovers and section links.
/// </summary>
public static class PagefindIndex
{
    public const string Package = "pagefind@1.6.0";

    /// <summary>
    /// Not words of the article: the citation numbers and the section-link signs. The citation popovers (the
    /// sources' titles) carry <c>data-pagefind-ignore</c> instead: excluded here they would leave a space before the next word.
    /// </summary>
    private static readonly string[] Excluded = ["sup.cite", ".section-link"];

    /// <summary>Null when the index was built, otherwise why not, in one line the editor can act on.</summary>
    /// <param name="searchPath">The PATH to find npx on.</param>
    public static async Task<string?> BuildAsync(string folder, string searchPath)
    {
        if (!OnPath("npx", searchPath))
        {
            return $"search was not built: Pagefind needs Node.js and npm (e.g. `apt-get install npm`), then export again; the copy's search page lists the sections instead";
        }

        var start = new ProcessStartInfo("npx") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in Arguments(folder))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lastLine = $"{await error}\n{await output}".Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return process.ExitCode == 0 ? null : $"search was not built: `npx {Package}` failed ({lastLine})";
    }

    private static IEnumerable<string> Arguments(string folder)
    {
        yield return "--yes";
        yield return Package;
        yield return "--site";
        yield return folder;
        foreach (var selector in Excluded)
        {
            yield return "--exclude-selectors";
            yield return selector;
        }
    }

    private static bool OnPath(string command, string searchPath) =>
        searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, command)));
}
