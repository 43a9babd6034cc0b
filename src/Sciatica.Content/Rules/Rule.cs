using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules;

/// <summary>
/// One thing <c>check</c> reports: its code, how serious it is, what it means in one line (<see cref="Title"/>) and
/// how to fix it (<see cref="Help"/>). The editor's guide, <c>check --explain</c> and SARIF are all written from these.
/// </summary>
/// <param name="Name">The rule's name in SARIF, such as <c>ClaimWithoutCitation</c>.</param>
public sealed record Rule(string Code, string Name, Severity Severity, RuleScope Scope, string Title, string Help)
{
    /// <summary>A diagnostic of this rule already located in its file (not moved by a shared block's source map).</summary>
    public Diagnostic At(string file, int line, int column, string message) => new(file, line, column, Severity, Code, message);
}
