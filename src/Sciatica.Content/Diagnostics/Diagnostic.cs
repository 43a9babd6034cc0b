namespace Sciatica.Content.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in the content, located to a file, line and column (1-based).</summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The format editors' tools parse: <c>path:line:col: error|warning CODE: message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
