using System.Text.RegularExpressions;
using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules;
using Sciatica.Content.Rules.Reading;

namespace Sciatica.Content.Blocks;

/// <summary>
/// Places shared blocks in an article before it is parsed: a line of its own <c>--8&lt;-- "NAME.md"</c> (the MkDocs
/// snippets syntax) becomes the lines of <c>content/blocks/NAME.md</c>, indented like the include line.
/// Text, not a Markdig extension, because a block must behave exactly as if written in place: a care card or list
/// it opens, a cited "…:" introduction covering the list after it, heading levels, citation numbers in the page's
/// order. Splicing a separately parsed document would teach each of those rules about two documents; assembling
/// the text first gives them all for free, and the <see cref="SourceMap"/> that <see cref="DiagnosticBag"/> applies
/// keeps every diagnostic, including checks written later, at the block file's own line and column.
/// </summary>
public static partial class BlockExpander
{
    public const string Marker = "--8<--";

    public static Assembled Expand(string text, BlockLibrary blocks, DiagnosticBag diagnostics)
    {
        if (!text.Contains(Marker, StringComparison.Ordinal))
        {
            return new Assembled(text, []);
        }

        var assembly = new Assembly(blocks, diagnostics);
        assembly.Place(diagnostics.File, SplitLines(text), "", [], isArticle: true);
        diagnostics.Map = assembly.Map;
        return new Assembled(string.Join('\n', assembly.Lines), [.. assembly.Used]);
    }

    private static string[] SplitLines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r'))];

    [GeneratedRegex("""^(?<indent>[ \t]*)--8<--[ \t]+(?<quote>["'])(?<name>[^"']*)\k<quote>[ \t]*$""")]
    private static partial Regex Include();

    [GeneratedRegex(@"^[ \t]*(?<fence>`{3,}|~{3,})")]
    private static partial Regex Fence();

    private sealed class Assembly(BlockLibrary blocks, DiagnosticBag diagnostics)
    {
        private int _length;

        public List<string> Lines { get; } = [];

        public SourceMap Map { get; } = new();

        public List<BlockFile> Used { get; } = [];

        /// <param name="chain">The blocks being placed, outermost first, to catch a block that includes itself.</param>
        public void Place(string file, string[] lines, string indent, IReadOnlyList<string> chain, bool isArticle)
        {
            var frontMatterEnd = isArticle ? FrontMatterEnd(lines) : -1;
            string? fence = null;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var include = i > frontMatterEnd && fence is null ? Include().Match(line) : Match.Empty;
                if (!include.Success)
                {
                    fence = NextFence(fence, line);
                    Emit(line.Length == 0 ? "" : indent + line, file, i + 1, indent.Length);
                    continue;
                }

                var nested = include.Groups["indent"].Value;
                var block = Resolve(include.Groups["name"].Value, file, i + 1, nested.Length + 1, chain);
                if (block?.Text is null || _length + block.Text.Length > ArticleLoader.MaxFileBytes)
                {
                    ReportTooBig(block, file, i + 1, nested.Length + 1);
                    Emit("", file, i + 1, 0);
                    continue;
                }

                Place(block.DisplayPath, SplitLines(block.Text), indent + nested, [.. chain, block.Name], isArticle: false);
            }
        }

        private BlockFile? Resolve(string name, string file, int line, int column, IReadOnlyList<string> chain)
        {
            if (blocks.Find(name) is not { } block)
            {
                var known = string.Join(", ", blocks.All.Select(b => b.Name));
                Report(file, line, column, BlockRules.UnknownBlock,
                    $"no shared block '{name}' in content/{BlockLibrary.Folder}/ (write the file name, like \"emergency-signs.md\"; blocks: {(known.Length == 0 ? "none yet" : known)})");
                return null;
            }

            if (chain.Contains(name, StringComparer.Ordinal))
            {
                Report(file, line, column, BlockRules.BlockIncludesItself,
                    $"block '{name}' includes itself: {string.Join(" → ", chain.Append(name))}");
                return null;
            }

            if (!Used.Contains(block))
            {
                Used.Add(block);
                diagnostics.AddRange(block.Problems);
            }

            return block;
        }

        private void ReportTooBig(BlockFile? block, string file, int line, int column)
        {
            if (block?.Text is not null)
            {
                Report(file, line, column, PageFileRules.UnreadableFile,
                    $"with its blocks this page would be over {ArticleLoader.MaxFileBytes:N0} characters; '{block.Name}' was not placed");
            }
        }

        private void Report(string file, int line, int column, Rule rule, string message) =>
            diagnostics.AddRange([rule.At(file, line, column, message)]);

        private void Emit(string line, string file, int number, int indent)
        {
            Lines.Add(line);
            Map.Add(file, number, indent);
            _length += line.Length + 1;
        }

        /// <summary>Include lines inside fenced code are shown as written, as MkDocs does for escaped ones.</summary>
        private static string? NextFence(string? open, string line)
        {
            var fence = Fence().Match(line);
            if (!fence.Success)
            {
                return open;
            }

            var marker = fence.Groups["fence"].Value;
            if (open is null)
            {
                return marker;
            }

            var closes = marker[0] == open[0] && marker.Length >= open.Length && line.Trim().Length == marker.Length;
            return closes ? null : open;
        }

        /// <summary>The index of the front matter's closing <c>---</c>, or -1; an include line there is YAML, not a block.</summary>
        private static int FrontMatterEnd(string[] lines)
        {
            if (lines.Length == 0 || lines[0].TrimEnd() != "---")
            {
                return -1;
            }

            var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
            return end < 0 ? lines.Length : end;
        }
    }
}

/// <summary>An article's text with its blocks placed, and the blocks it used (each once, in order of first use).</summary>
public sealed record Assembled(string Text, IReadOnlyList<BlockFile> Blocks);
