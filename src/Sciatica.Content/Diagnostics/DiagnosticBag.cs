using Sciatica.Content.Blocks;
using Sciatica.Content.Rules;

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

    /// <summary>A diagnostic of <paramref name="rule"/>, at its severity, at this file's line and column (moved to a shared block's own file when it came from one).</summary>
    public void Report(Rule rule, int line, int column, string message) => Add(line, column, rule.Severity, rule.Code, message);

    /// <summary>Diagnostics already located in their file (not moved by <see cref="Map"/>).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    private void Add(int line, int column, Severity severity, string code, string message)
    {
        var (file, mappedLine, mappedColumn) = Map?.Locate(line, column) ?? (File, line, column);
        _items.Add(new Diagnostic(file, mappedLine, mappedColumn, severity, code, message));
    }
}
