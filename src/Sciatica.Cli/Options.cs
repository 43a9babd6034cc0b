using Sciatica.Content;

namespace Sciatica.Cli;

/// <summary>The options every verb shares, plus its positional arguments.</summary>
public sealed record Options
{
    public string ContentRoot { get; init; } = ContentLocator.DefaultRoot();

    public bool Report { get; init; }

    /// <summary>Warnings count as errors (exit 1), for CI before a release.</summary>
    public bool Strict { get; init; }

    public OutputFormat Format { get; init; } = OutputFormat.Text;

    public string? Title { get; init; }

    /// <summary>The site's public address for absolute links in the exported feed and sitemap.</summary>
    public string? BaseUrl { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public string? Error { get; init; }

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        var positional = new List<string>();
        using var it = args.GetEnumerator();
        while (it.MoveNext() && options.Error is null)
        {
            options = it.Current switch
            {
                "--content" => it.MoveNext() ? options with { ContentRoot = Path.GetFullPath(it.Current) } : options with { Error = "--content needs a folder" },
                "--title" => it.MoveNext() ? options with { Title = it.Current } : options with { Error = "--title needs the article's title in quotes" },
                "--base-url" => it.MoveNext() ? options with { BaseUrl = it.Current } : options with { Error = "--base-url needs an address like https://sciatica.example" },
                "--format" => !it.MoveNext() ? options with { Error = "--format needs text or json" }
                    : it.Current switch
                    {
                        "text" => options with { Format = OutputFormat.Text },
                        "json" => options with { Format = OutputFormat.Json },
                        var other => options with { Error = $"unknown format '{other}' (use text or json)" },
                    },
                "--report" => options with { Report = true },
                "--strict" => options with { Strict = true },
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

public enum OutputFormat
{
    Text,
    Json,
}
