using System.CommandLine;

namespace Sciatica.Cli;

/// <summary>What every verb is given: where to write, the clock that says what day it is, the shared <c>--content</c> option, and what export takes from the machine.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, TimeProvider Clock, Option<string> Content, Installation Installation)
{
    /// <summary>The content folder the editor named (or the repository's <c>content/</c>), as a full path.</summary>
    public string ContentRoot(ParseResult result) => Path.GetFullPath(result.GetRequiredValue(Content));

    /// <summary>Prints an expected failure the editor can fix (no stack trace) and returns the usage exit code.</summary>
    public int UsageError(string message)
    {
        Error.WriteLine(message);
        return CommandLine.Usage;
    }
}
