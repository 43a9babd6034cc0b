using Sciatica.Content;

namespace Sciatica.Cli;

/// <summary>The options every verb shares, plus its positional arguments.</summary>
public sealed record Options
{
    public string ContentRoot { get; init; } = ContentLocator.DefaultRoot();

    public bool Report { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public string? Error { get; init; }

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        var positional = new List<string>();
        using var it = args.GetEnumerator();
        while (it.MoveNext())
        {
            options = it.Current switch
            {
                "--content" => it.MoveNext() ? options with { ContentRoot = Path.GetFullPath(it.Current) } : options with { Error = "--content needs a folder" },
                "--report" => options with { Report = true },
                var flag when flag.StartsWith("--", StringComparison.Ordinal) => options with { Error = $"unknown option '{flag}'" },
                var value => Add(options, positional, value),
            };
        }

        return options with { Arguments = positional };
    }

    private static Options Add(Options options, List<string> positional, string value)
    {
        positional.Add(value);
        return options;
    }
}
