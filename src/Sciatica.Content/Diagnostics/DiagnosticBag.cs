using Sciatica.Content.Blocks;

namespace Sciatica.Content.Diagnostics;

/// <summary>Collects diagnostics for one file. Positions are 1-based: callers add one to Markdig's 0-based lines and columns.</summary>
public sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> _items = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>Set when shared blocks were placed in the text: positions are then moved to the file and line they came from.</summary>
    public SourceMap? Map { get; set; }

    public void Error(int line, int column, string code, string message) => Add(line, column, Severity.Error, code, message);

    public void Warning(int line, int column, string code, string message) => Add(line, column, Severity.Warning, code, message);

    /// <summary>Diagnostics already located in their file (not moved by <see cref="Map"/>).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    private void Add(int line, int column, Severity severity, string code, string message)
    {
        var (file, mappedLine, mappedColumn) = Map?.Locate(line, column) ?? (File, line, column);
        _items.Add(new Diagnostic(file, mappedLine, mappedColumn, severity, code, message));
    }
}
