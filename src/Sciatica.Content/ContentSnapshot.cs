using Sciatica.Content.Articles;
using Sciatica.Content.Blocks;
using Sciatica.Content.Citations;
using Sciatica.Content.Codes;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;
using Sciatica.Content.Rendering.CareCards;
using Sciatica.Content.Rules;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Search;

namespace Sciatica.Content;

/// <summary>
/// Everything loaded from a content folder: the registry, the articles to serve, and every diagnostic.
/// Immutable; a change on disk builds a new snapshot. An article that fails its checks is not served,
/// unless an earlier snapshot had a good version of it, which keeps being served until the file is fixed.
/// </summary>
public sealed class ContentSnapshot
{
    public const string RegistryFile = "references.yaml";
    public const string ArticlesFolder = "articles";

    /// <summary>The About page, beside the folders rather than in <c>articles/</c>: only this file is a <see cref="PageKind.About"/> page.</summary>
    public const string AboutFile = "about.md";

    /// <summary>The registry is a list of sources; beyond this it is a mistake, not a registry.</summary>
    public const int MaxRegistryBytes = 4 * 1024 * 1024;

    private readonly Dictionary<string, Article> _bySlug;
    private readonly ILookup<string, Diagnostic> _byFile;
    private readonly ILookup<string, Article> _citing;
    private readonly ILookup<Finding, CitingPlace> _citingFinding;
    private readonly Lazy<SearchIndex> _search;

    private ContentSnapshot(string root, ReferenceRegistry registry, Synonyms synonyms, IReadOnlyList<Article> articles, Article? about, IReadOnlyList<ArticleFile> files, IReadOnlyList<Diagnostic> diagnostics)
    {
        var registryPath = Path.Combine(root, RegistryFile);
        var registryTime = File.Exists(registryPath) ? new DateTimeOffset(File.GetLastWriteTimeUtc(registryPath), TimeSpan.Zero) : default;
        IEnumerable<Article> pages = about is null ? articles : [.. articles, about];
        LastModified = pages.Select(a => a.LastModified).Append(registryTime).Max();
        Registry = registry;
        Articles = articles;
        About = about;
        Files = files;
        Failed = [.. files.Where(f => f.HasErrors)];
        Diagnostics = diagnostics;
        _bySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        Synonyms = synonyms;
        _search = new(() => SearchIndex.Build(articles, synonyms));
        _byFile = diagnostics.ToLookup(d => d.File, StringComparer.Ordinal);
        _citing = pages.SelectMany(a => a.References.Select(r => (r.Reference.Id, Article: a))).ToLookup(c => c.Id, c => c.Article, StringComparer.Ordinal);
        _citingFinding = pages
            .SelectMany(a => a.Citations.Where(c => c.Finding is not null).Select(c => (c.Finding!, Place: new CitingPlace(a, c.AnchorId))))
            .ToLookup(c => c.Item1, c => c.Place);
    }

    /// <summary>The diagnosis codes pages may declare, from <c>codes.yaml</c>.</summary>
    public CodeList Codes { get; private init; } = CodeList.Empty;

    /// <summary>Published articles declaring a code, in navigation order: what a health record's request for that code links to.</summary>
    public IEnumerable<Article> ArticlesAbout(DiagnosisCode code, bool includeDrafts) =>
        Published(includeDrafts).Where(a => a.FrontMatter.Codes.Any(d => d.System == code.System && d.System.Key(d.Code) == code.Key));

    /// <summary>The emergency signs from <c>blocks/emergency-signs.md</c>, for pages that are not articles (the home page).</summary>
    public CareCard? EmergencySigns { get; private init; }

    public ReferenceRegistry Registry { get; }

    /// <summary>Articles that can be served (valid now, or the last good version), in navigation order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The About page (<c>content/about.md</c>) when there is one that can be served; it is not one of <see cref="Articles"/>.</summary>
    public Article? About { get; }

    /// <summary>Every page file as it is on disk now, for editors and checks: the articles in file name order, then the About page.</summary>
    public IReadOnlyList<ArticleFile> Files { get; }

    /// <summary>The files that have errors, with those errors, for editors.</summary>
    public IReadOnlyList<ArticleFile> Failed { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>When the newest served file (or the registry) changed; every page lists all articles, so this dates them all.</summary>
    public DateTimeOffset LastModified { get; }

    /// <summary>The words editors listed as meaning the same (<c>synonyms.yaml</c>); the search expands queries with them.</summary>
    public Synonyms Synonyms { get; }

    /// <summary>
    /// Built once per snapshot, so a search never re-reads or re-tokenizes articles; built on first use rather than
    /// with the snapshot, so no page waits for it (the site builds it in the background once its pages are rendered).
    /// </summary>
    public SearchIndex Search => _search.Value;

    public Article? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>Everything reported for one file, including checks across articles (links, review dates), in line order.</summary>
    public IEnumerable<Diagnostic> DiagnosticsFor(string sourcePath) => _byFile[sourcePath];

    /// <summary>What readers see: servable articles, drafts only when asked for (Development).</summary>
    public IEnumerable<Article> Published(bool includeDrafts) =>
        Articles.Where(a => includeDrafts || !a.FrontMatter.Draft);

    /// <summary>Pages citing a source (articles in navigation order, then the About page); indexed once, so the references page does not scan every article per source.</summary>
    public IEnumerable<Article> CitingArticles(string referenceId) => _citing[referenceId];

    /// <summary>Every place a finding is cited, in navigation order then reading order, for the public evidence table.</summary>
    public IEnumerable<CitingPlace> CitingPlaces(Finding finding) => _citingFinding[finding];

    /// <param name="clock">What review deadlines are measured against: <see cref="TimeProvider.System"/> in the site and CLI, a fixed clock in tests.</param>
    public static ContentSnapshot Load(string root, TimeProvider clock, ContentSnapshot? previous = null)
    {
        var registryDiagnostics = new DiagnosticBag(DisplayPath(root, RegistryFile));
        var registry = LoadRegistry(root, registryDiagnostics);
        var synonymDiagnostics = new DiagnosticBag(DisplayPath(root, Synonyms.File));
        var synonyms = Synonyms.Load(root, synonymDiagnostics);
        var blocks = BlockLibrary.Load(root, relative => DisplayPath(root, relative));
        var codesDiagnostics = new DiagnosticBag(DisplayPath(root, CodeList.File));
        var codes = CodeList.Load(Path.Combine(root, CodeList.File), codesDiagnostics);
        // Each file is parsed on its own (the pipeline and registry are read-only), so loading uses every core.
        var articleFiles = ArticleFiles(root)
            .AsParallel()
            .AsOrdered()
            .Select(path => ArticleLoader.Load(path, DisplayPath(root, Path.GetRelativePath(root, path)), registry, blocks))
            .ToList();

        var servable = new List<Article>();
        foreach (var file in articleFiles)
        {
            var lastGood = file.HasErrors ? previous?.Find(file.Slug) : file.Article;
            if (lastGood is not null)
            {
                servable.Add(lastGood);
            }
        }

        var aboutPath = Path.Combine(root, AboutFile);
        var aboutFile = File.Exists(aboutPath) ? ArticleLoader.Load(aboutPath, DisplayPath(root, AboutFile), registry, blocks, PageKind.About) : null;
        var about = aboutFile is { HasErrors: true } ? previous?.About : aboutFile?.Article;
        List<ArticleFile> loaded = aboutFile is null ? articleFiles : [.. articleFiles, aboutFile];
        var site = new SiteUnderCheck
        {
            Registry = registry,
            RegistryPath = registryDiagnostics.File,
            Files = loaded,
            Blocks = blocks,
            RetiredAddresses = RetiredAddresses.Load(root),
            Today = clock.Today(),
            Codes = codes,
            CodesPath = codesDiagnostics.File,
        };
        var acrossPages = RuleList.SiteRules.SelectMany(rule => rule.Check(site)).ToLookup(d => d.File == registryDiagnostics.File);
        // The registry's own problems come first, in the order it was read. A problem inside a shared block is found
        // once per page using it; it is reported once. A block no page places still has its own problems reported.
        var diagnostics = registryDiagnostics.Items.Concat(acrossPages[true]).Concat(synonymDiagnostics.Items)
            .Concat(codesDiagnostics.Items.Concat(loaded.SelectMany(a => a.Diagnostics)).Concat(acrossPages[false]).Concat(blocks.All.SelectMany(b => b.Problems))
                .Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column))
            .ToList();
        return new ContentSnapshot(
            root,
            registry,
            synonyms,
            [.. servable.OrderBy(a => a.FrontMatter.Order).ThenBy(a => a.Slug, StringComparer.Ordinal)],
            about,
            loaded,
            diagnostics)
        {
            // A broken block keeps the card it had, as a broken article keeps its last good version.
            EmergencySigns = StandaloneBlock.Card(StandaloneBlock.EmergencySigns, blocks, registry) ?? previous?.EmergencySigns,
            Codes = codes,
        };
    }

    private static ReferenceRegistry LoadRegistry(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, RegistryFile);
        if (!File.Exists(path))
        {
            diagnostics.Report(RegistryRules.RegistryUnreadable, 1, 1, "no references.yaml: every article needs its sources listed there");
            return ReferenceRegistry.Empty;
        }

        if (new FileInfo(path).Length > MaxRegistryBytes)
        {
            diagnostics.Report(RegistryRules.RegistryUnreadable, 1, 1, $"file is larger than {MaxRegistryBytes:N0} bytes");
            return ReferenceRegistry.Empty;
        }

        try
        {
            return ReferenceRegistry.Parse(File.ReadAllText(path), diagnostics);
        }
        catch (IOException e)
        {
            diagnostics.Report(RegistryRules.RegistryUnreadable, 1, 1, $"cannot read file: {e.Message}");
            return ReferenceRegistry.Empty;
        }
    }

    private static IEnumerable<string> ArticleFiles(string root)
    {
        var folder = Path.Combine(root, ArticlesFolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)
            : [];
    }

    /// <summary>
    /// Relative to the working folder, so editors' tools can open it; when the content lies outside that
    /// folder (the site runs from src/Sciatica.Web), relative to the content folder's parent instead.
    /// </summary>
    private static string DisplayPath(string root, string relative) =>
        Path.Combine(OutsideWorkingFolder(root) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(root)) : Path.GetRelativePath(Directory.GetCurrentDirectory(), root), relative);

    /// <summary>The full path of the file a diagnostic names (its <see cref="Diagnostic.File"/> is shortened as above).</summary>
    public static string FullPath(string root, string displayPath) =>
        Path.GetFullPath(displayPath, OutsideWorkingFolder(root) ? Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)))! : Directory.GetCurrentDirectory());

    private static bool OutsideWorkingFolder(string root) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), root).StartsWith("..", StringComparison.Ordinal);
}
