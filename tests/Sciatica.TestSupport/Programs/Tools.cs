using Sciatica.Content;

namespace Sciatica.TestSupport;

/// <summary>Where the tests find the programs <c>tests/setup.sh</c> installs; tests never install anything themselves.</summary>
public static class Tools
{
    public const string SetupScript = "tests/setup.sh";

    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The repository's git-ignored folder for the npm tools.</summary>
    public static string Folder(string name) => Path.Combine(ContentLocator.RepositoryRoot() ?? ".", ".tools", name);

    public static string NuHtmlCheckerJar => Path.Combine(Folder("vnu"), "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string CitationJsModules => Path.Combine(Folder("citation-js"), "node_modules");

    public static string CodeSnifferScript => Path.Combine(Folder("html_codesniffer"), "node_modules", "html_codesniffer", "build", "HTMLCS.js");

    /// <summary>The test category of the tests that need <paramref name="tool"/>.</summary>
    public static string Category(Tool tool) => tool switch
    {
        Tool.Chromium or Tool.Poppler => "Browser",
        Tool.Nginx => "Nginx",
        Tool.NuHtmlChecker or Tool.Pagefind or Tool.CitationJs or Tool.CodeSniffer => "Npm",
        _ => throw new ArgumentOutOfRangeException(nameof(tool)),
    };

    /// <summary>Why a test needing <paramref name="tools"/> cannot run here, or null when everything it needs is installed.</summary>
    public static string? Missing(params Tool[] tools)
    {
        var missing = tools.SelectMany(MissingParts).ToArray();
        return missing.Length == 0 ? null : $"{string.Join(" and ", missing)} missing: run `bash {SetupScript}`";
    }

    private static string[] MissingParts(Tool tool) =>
        tool switch
        {
            Tool.Chromium => File.Exists(ChromiumPath) ? [] : new[] { ChromiumPath },
            Tool.Poppler => [.. Absent("pdfinfo"), .. Absent("pdftotext")],
            Tool.Nginx => Absent("nginx"),
            Tool.NuHtmlChecker => [.. Absent("java"), .. File.Exists(NuHtmlCheckerJar) ? [] : new[] { NuHtmlCheckerJar }],
            Tool.Pagefind => [.. Absent("npx"), .. PagefindCached() ? [] : new[] { "pagefind in npm's cache" }],
            Tool.CitationJs => [.. Absent("node"), .. Directory.Exists(Path.Combine(CitationJsModules, "@citation-js", "plugin-ris")) ? [] : new[] { CitationJsModules }],
            Tool.CodeSniffer => File.Exists(CodeSnifferScript) ? [] : new[] { CodeSnifferScript },
            _ => throw new ArgumentOutOfRangeException(nameof(tool)),
        };

    /// <summary>The full path of a program on PATH (or in /usr/sbin, where Debian puts nginx).</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    /// <summary>Whether npx has a copy of Pagefind in npm's cache (<c>~/.npm/_npx/HASH/node_modules/pagefind</c>).</summary>
    private static bool PagefindCached()
    {
        var cache = Environment.GetEnvironmentVariable("npm_config_cache") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".npm");
        var npx = Path.Combine(cache, "_npx");
        return Directory.Exists(npx) && Directory.EnumerateDirectories(npx).Any(d => File.Exists(Path.Combine(d, "node_modules", "pagefind", "package.json")));
    }

    private static string[] Absent(string program) => Find(program) is null ? [program] : [];
}
