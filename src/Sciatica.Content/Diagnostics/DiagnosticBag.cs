namespace Sciatica.Content.Diagnostics;

/// <summary>Collects diagnostics for one file, turning Markdig's 0-based positions into 1-based ones.</summary>
public sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> _items = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Error(int line, int column, string code, string message) =>
        _items.Add(new Diagnostic(File, line, column, Severity.Error, code, message));

    public void Warning(int line, int column, string code, string message) =>
        _items.Add(new Diagnostic(File, line, column, Severity.Warning, code, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
