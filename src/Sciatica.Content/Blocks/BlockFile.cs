using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Blocks;

/// <summary>One file of <c>content/blocks/</c>: its text, or why it cannot be read (then <see cref="Text"/> is null).</summary>
public sealed record BlockFile(string Name, string DisplayPath, string? Text, IReadOnlyList<Diagnostic> Problems, DateTimeOffset LastModified);
