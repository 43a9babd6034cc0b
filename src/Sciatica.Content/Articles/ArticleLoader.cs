using System.Text;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Sciatica.Content.Blocks;
using Sciatica.Content.Citations;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Governance;
using Sciatica.Content.Links;
using Sciatica.Content.Readability;
using Sciatica.Content.References;
using Sciatica.Content.Rendering;
using Sciatica.Content.Rendering.CareCards;
using Sciatica.Content.Rendering.DecisionAids;
using Sciatica.Content.Rules;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Search;

namespace Sciatica.Content.Articles;

/// <summary>Reads one article file: decode, parse, validate, number citations and render, all once.</summary>
public static class ArticleLoader
{
    /// <summary>Articles are prose; anything bigger than this is a mistake, not an article.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="kind">Decided by where the file lies (<see cref="ContentSnapshot"/>): nothing written in a file can change it.</param>
    public static ArticleFile Load(string path, string displayPath, ReferenceRegistry registry, BlockLibrary blocks, PageKind kind = PageKind.Article)
    {
        var slug = Path.GetFileNameWithoutExtension(path);
        var diagnostics = new DiagnosticBag(displayPath);
        var text = ReadText(path, diagnostics);
        var lastModified = File.Exists(path) ? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) : default;
        if (!Slugs.IsValid(slug))
        {
            diagnostics.Report(PageFileRules.BadSlug, 1, 1, $"file name '{slug}' must use lower-case letters, digits and hyphens only (it becomes the URL)");
        }
        else if (kind == PageKind.Article && SitePages.IsTaken(slug))
        {
            diagnostics.Report(PageFileRules.BadSlug, 1, 1, $"file name '{slug}' is taken: {SitePages.TakenBecause(slug)}; rename the file");
        }

        var file = text is null ? Unusable(slug, diagnostics, kind) : ParseGuarded(slug, text, registry, diagnostics, blocks, kind);
        // A page changes when a block it places changes.
        var modified = file.Blocks.Select(b => b.LastModified).Append(lastModified).Max();
        return file.Article is null ? file : file with { Article = file.Article with { LastModified = modified } };
    }

    /// <summary>A file that trips a bug in a parser becomes a diagnostic on that file, not a failed reload of every file.</summary>
    private static ArticleFile ParseGuarded(string slug, string text, ReferenceRegistry registry, DiagnosticBag diagnostics, BlockLibrary blocks, PageKind kind)
    {
        try
        {
            return Parse(slug, text, registry, diagnostics, blocks, kind);
        }
#pragma warning disable CA1031 // Any exception here is reported against the file; the other articles still load.
        catch (Exception e)
#pragma warning restore CA1031
        {
            diagnostics.Report(PageFileRules.UnreadableFile, 1, 1, $"this file could not be processed ({e.GetType().Name}: {e.Message})");
            return Unusable(slug, diagnostics, kind);
        }
    }

    /// <param name="blocks">The shared blocks <c>--8&lt;-- "NAME.md"</c> lines may place; none when not given.</param>
    public static ArticleFile Parse(string slug, string text, ReferenceRegistry registry, DiagnosticBag diagnostics, BlockLibrary? blocks = null, PageKind kind = PageKind.Article)
    {
        var assembled = BlockExpander.Expand(text, blocks ?? BlockLibrary.Empty, diagnostics);
        if (ParseWithinLimits(assembled.Text, diagnostics) is not { } document)
        {
            return Unusable(slug, diagnostics, kind);
        }

        var frontMatter = FrontMatterReader.Read(document.Descendants<YamlFrontMatterBlock>().FirstOrDefault(), diagnostics, kind);
        var references = CitationNumbering.Assign(document, registry);
        var page = new PageUnderCheck
        {
            Slug = slug,
            Kind = kind,
            Document = document,
            Registry = registry,
            Blocks = assembled.Blocks,
            Library = blocks ?? BlockLibrary.Empty,
            Readability = ReadabilityMeter.Measure(document),
        };
        foreach (var rule in RuleList.PageRules)
        {
            rule.Check(page, diagnostics);
        }

        return new ArticleFile
        {
            Slug = slug,
            SourcePath = diagnostics.File,
            Kind = kind,
            Article = frontMatter is null ? null : Render(slug, diagnostics.File, frontMatter, kind, document, references, Body(text, document), assembled.Blocks, SharedText.Finder(diagnostics)),
            Links = [.. LinkCollector.Links(document, slug).Select(l => Located(l, diagnostics))],
            Anchors = LinkCollector.Anchors(document, references),
            Blocks = assembled.Blocks,
            Diagnostics = [.. diagnostics.Items.Distinct().OrderBy(d => d.File == diagnostics.File ? "" : d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)],
            ClaimCount = page.Claims.Claims,
            NoteCount = page.Claims.Notes,
            CitationCount = document.Descendants<CitationInline>().Sum(c => c.Items.Count),
            Readability = page.Readability,
        };
    }

    /// <summary>The file's own text after its front matter (the lines before it are the file's own: no block is placed inside front matter).</summary>
    private static string Body(string text, MarkdownDocument document)
    {
        var front = document.Descendants<YamlFrontMatterBlock>().First();
        return string.Join('\n', text.Split('\n').Skip(front.Line + front.Lines.Count + 2));
    }

    /// <summary>A link written in a shared block is reported at the block's line.</summary>
    private static InternalLink Located(InternalLink link, DiagnosticBag diagnostics)
    {
        if (diagnostics.Map is not { } map)
        {
            return link;
        }

        var (file, line, column) = map.Locate(link.Line, link.Column);
        return link with { File = file == diagnostics.File ? null : file, Line = line, Column = column };
    }

    private static ArticleFile Unusable(string slug, DiagnosticBag diagnostics, PageKind kind) =>
        new() { Slug = slug, SourcePath = diagnostics.File, Kind = kind, Diagnostics = diagnostics.Items };

    private static Article Render(string slug, string sourcePath, FrontMatter frontMatter, PageKind kind, MarkdownDocument document, IReadOnlyList<CitedReference> references,
        string body, IReadOnlyList<BlockFile> blocks, Func<Block, bool> isShared)
    {
        var headings = ReadHeadings(document);
        var citations = CitationNumbering.Places(document);
        SharedText.MarkForPagefind(document, isShared);
        return new Article
        {
            Slug = slug,
            SourcePath = sourcePath,
            FrontMatter = frontMatter,
            Kind = kind,
            Html = Render(document),
            Headings = headings,
            References = references,
            Citations = citations,
            Sections = ArticleSection.Read(document, headings, isShared),
            Review = ReviewState.Of(frontMatter, ReviewFingerprint.Of(frontMatter.Title, frontMatter.Summary, body, blocks, citations)),
            IsDecisionAid = document.Descendants<CustomContainer>().Any(c => c.Info == DecisionAidBlocks.OptionGrid),
            HasEmergencyCard = document.Descendants<CustomContainer>().Any(c => c.Info == CareLevel.Emergency.Name),
        };
    }

    /// <summary>Refuses nesting that would exhaust the stack, checked cheaply before Markdig recurses into it.</summary>
    private static MarkdownDocument? ParseWithinLimits(string text, DiagnosticBag diagnostics)
    {
        var (line, depth) = NestingDepth.Deepest(text);
        if (depth > NestingDepth.Max)
        {
            diagnostics.Report(PageFileRules.NestedTooDeeply, line, 1,
                $"quotes, lists or indentation nest about {depth} levels deep here; the limit is {NestingDepth.Max}");
            return null;
        }

        try
        {
            return Markdown.Parse(text, ArticlePipeline.Instance);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own guard, for inline nesting such as thousands of nested brackets or emphasis.
            diagnostics.Report(PageFileRules.NestedTooDeeply, 1, 1, "brackets or emphasis marks nest too deeply to read");
            return null;
        }
    }

    /// <summary>Strict UTF-8 within <see cref="MaxFileBytes"/>; shared blocks are read the same way.</summary>
    internal static string? ReadText(string path, DiagnosticBag diagnostics)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                diagnostics.Report(PageFileRules.UnreadableFile, 1, 1, $"file is {info.Length:N0} bytes; articles are limited to {MaxFileBytes:N0}");
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                var line = Encoding.UTF8.GetString(bytes).Split('\n').TakeWhile(l => !l.Contains('\uFFFD', StringComparison.Ordinal)).Count() + 1;
                diagnostics.Report(PageFileRules.UnreadableFile, line, 1, "file is not valid UTF-8 text; save it as UTF-8");
                return null;
            }
        }
        catch (IOException e)
        {
            diagnostics.Report(PageFileRules.UnreadableFile, 1, 1, $"cannot read file: {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Report(PageFileRules.UnreadableFile, 1, 1, $"cannot read file: {e.Message}");
            return null;
        }
    }

    private static string Render(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ArticlePipeline.Instance.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private static List<Heading> ReadHeadings(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && h.GetAttributes().Id is not null)
            .Select(h => new Heading(h.Level, h.GetAttributes().Id!, InlineText.Of(h.Inline)))
            .ToList();
}
