using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Reading;

namespace Sciatica.Content.Blocks;

/// <summary>The shared blocks of <c>content/blocks/NAME.md</c>, read once per snapshot and placed by every article that names them.</summary>
public sealed class BlockLibrary
{
    public const string Folder = "blocks";

    private readonly Dictionary<string, BlockFile> _byName;

    private BlockLibrary(IEnumerable<BlockFile> blocks) => _byName = blocks.ToDictionary(b => b.Name, StringComparer.Ordinal);

    public static BlockLibrary Empty { get; } = new([]);

    public IEnumerable<BlockFile> All => _byName.Values.OrderBy(b => b.Name, StringComparer.Ordinal);

    /// <summary>A block by its file name as articles write it (<c>emergency-signs.md</c>).</summary>
    public BlockFile? Find(string name) => _byName.GetValueOrDefault(name);

    /// <param name="displayPath">Turns a path relative to the content folder into the path diagnostics name.</param>
    public static BlockLibrary Load(string root, Func<string, string> displayPath)
    {
        var folder = Path.Combine(root, Folder);
        if (!Directory.Exists(folder))
        {
            return Empty;
        }

        return new BlockLibrary(Directory.EnumerateFiles(folder, "*.md").Select(path => Read(path, displayPath(Path.Combine(Folder, Path.GetFileName(path))))));
    }

    private static BlockFile Read(string path, string display)
    {
        var diagnostics = new DiagnosticBag(display);
        var name = Path.GetFileName(path);
        if (!Slugs.IsValid(Path.GetFileNameWithoutExtension(name)))
        {
            diagnostics.Report(PageFileRules.BadSlug, 1, 1, $"block file name '{name}' must use lower-case letters, digits and hyphens only (articles name it)");
        }

        var text = ArticleLoader.ReadText(path, diagnostics);
        var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        return new BlockFile(name, display, diagnostics.HasErrors ? null : text, diagnostics.Items, modified);
    }
}
