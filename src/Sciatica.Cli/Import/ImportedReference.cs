namespace Sciatica.Cli.Import;

/// <summary>A name as CSL writes it: a person (family, given) or an organisation (literal).</summary>
public sealed record CslName(string? Family, string? Given, string? Literal);

/// <summary>
/// One reference from a CSL-JSON export, with the fields the registry keeps (the rest, such as abstracts and ISSNs, is
/// left behind). <see cref="Line"/> and <see cref="Column"/> are where the reference starts in the export file.
/// </summary>
public sealed record ImportedReference
{
    public required string? Id { get; init; }
    public required string? Type { get; init; }
    public required string? Title { get; init; }
    public string? TitleShort { get; init; }
    public IReadOnlyList<CslName> Authors { get; init; } = [];
    public string? ContainerTitle { get; init; }
    public string? Publisher { get; init; }
    public string? Number { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? Page { get; init; }

    /// <summary>Year, then month and day when the export has them.</summary>
    public IReadOnlyList<int> Issued { get; init; } = [];

    public string? Doi { get; init; }
    public string? Pmid { get; init; }
    public string? Url { get; init; }
    public int Line { get; init; }
    public int Column { get; init; }
}
