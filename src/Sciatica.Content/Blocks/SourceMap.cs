namespace Sciatica.Content.Blocks;

/// <summary>
/// Where each line of an article's assembled text (the article with its shared blocks placed in it) came from:
/// the file, its line there, and how far the include indented it. One entry per assembled line, so it is exact.
/// </summary>
public sealed class SourceMap
{
    private readonly List<(string File, int Line, int Indent)> _lines = [];

    /// <summary>Records the next assembled line: line <paramref name="line"/> (1-based) of <paramref name="file"/>, shifted right by <paramref name="indent"/> characters.</summary>
    internal void Add(string file, int line, int indent) => _lines.Add((file, line, indent));

    /// <summary>The file, line and column (1-based) an editor opens for a position in the assembled text.</summary>
    public (string File, int Line, int Column) Locate(int line, int column)
    {
        if (_lines.Count == 0)
        {
            throw new InvalidOperationException("an empty map locates nothing");
        }

        var (file, original, indent) = _lines[Math.Clamp(line, 1, _lines.Count) - 1];
        return (file, original, column > indent ? column - indent : 1);
    }
}
