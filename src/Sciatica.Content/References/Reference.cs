namespace Sciatica.Content.References;

/// <summary>A name in CSL: a person (family, given) or an organisation (literal).</summary>
public sealed record Author(string? Family, string? Given, string? Literal)
{
    /// <summary>Vancouver style, as medical reference lists use: "Ropper AH" or the organisation's name.</summary>
    public string Display =>
        Literal ?? $"{Family} {string.Concat((Given ?? "").Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Select(p => p[0]))}".Trim();
}

/// <summary>One source in <c>references.yaml</c> (CSL-YAML), plus our own <c>evidence</c>, <c>read</c> and <c>findings</c>.</summary>
public sealed record Reference
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string Title { get; init; }

    /// <summary>CSL's <c>title-short</c>: the name readers see beside a finding ("NICE NG59").</summary>
    public string? TitleShort { get; init; }
    public IReadOnlyList<Author> Authors { get; init; } = [];
    public string? ContainerTitle { get; init; }
    public string? Publisher { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? Page { get; init; }
    public string? Number { get; init; }
    public int? Year { get; init; }
    public string? Doi { get; init; }
    public string? Pmid { get; init; }
    public string? Url { get; init; }
    public required Evidence Evidence { get; init; }

    /// <summary>What of the work was read before it was cited ("abstract", "recommendations 1.1.1 to 1.3.6").</summary>
    public string? Read { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>CSL's <c>accessed</c>: the day someone on this project last read the stored copy the findings rest on.</summary>
    public DateOnly? Accessed { get; init; }

    /// <summary>The id of the newer version recorded in the registry (<c>superseded-by</c>): every page citing this one is flagged.</summary>
    public string? SupersededBy { get; init; }

    public int Line { get; init; }
    public int Column { get; init; }

    /// <summary>The best link for a reader: the DOI resolver, then PubMed, then the page itself.</summary>
    public string? Link =>
        Doi is not null ? $"https://doi.org/{Doi}"
        : Pmid is not null ? $"https://pubmed.ncbi.nlm.nih.gov/{Pmid}/"
        : Url;

    /// <summary>
    /// <c>title-short</c> when given; else the first author's family name and the year ("Peul et al. 2007"),
    /// or the organisation with its document number ("National Institute for Health and Care Excellence NG59").
    /// </summary>
    public string ShortName =>
        TitleShort ?? (Authors.Count > 0 ? Authors[0] : null) switch
        {
            { Literal: { } organisation } => $"{organisation} {Number ?? Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)}".Trim(),
            { Family: { } family } => $"{family}{(Authors.Count > 1 ? " et al." : "")} {Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)}".Trim(),
            _ => Title,
        };

    /// <summary>The one finding a locator names, or null.</summary>
    public Finding? FindingAt(string locator)
    {
        var key = Locators.Normalise(locator);
        return Findings.FirstOrDefault(f => f.Key == key);
    }

    /// <summary>How an article cites <paramref name="finding"/> of this reference: <c>[@id, at]</c>.</summary>
    public string CitationOf(Finding finding) => $"[@{Id}, {finding.At}]";

    public string AuthorList =>
        Authors.Count switch
        {
            0 => "",
            <= 6 => string.Join(", ", Authors.Select(a => a.Display)),
            _ => string.Join(", ", Authors.Take(6).Select(a => a.Display)) + ", et al",
        };

    /// <summary>Journal details ("New England Journal of Medicine. 2015;372(13):1240-1248") or publisher and year.</summary>
    public string Source
    {
        get
        {
            var where = ContainerTitle ?? Publisher ?? "";
            var details = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            if (Volume is not null)
            {
                details += $";{Volume}" + (Issue is null ? "" : $"({Issue})");
            }

            if (Page is not null)
            {
                details += $":{Page}";
            }

            var number = Number is null ? "" : $" {Number}.";
            return string.Join(". ", new[] { where, details }.Where(s => s.Length > 0)) + "." + number;
        }
    }
}
