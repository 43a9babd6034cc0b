using Sciatica.Content.Articles;
using Sciatica.Content.Blocks;
using Sciatica.Content.Codes;
using Sciatica.Content.References;

namespace Sciatica.Content.Rules;

/// <summary>The whole content as the site rules see it, after every page file was read and checked on its own.</summary>
public sealed class SiteUnderCheck
{
    public required ReferenceRegistry Registry { get; init; }

    /// <summary><c>references.yaml</c> as diagnostics name it.</summary>
    public required string RegistryPath { get; init; }

    /// <summary>Every page file as it is on disk now, broken ones too: the articles, then the About page.</summary>
    public required IReadOnlyList<ArticleFile> Files { get; init; }

    public required BlockLibrary Blocks { get; init; }

    /// <summary>The diagnosis codes pages may declare (<c>codes.yaml</c>).</summary>
    public required CodeList Codes { get; init; }

    /// <summary><c>codes.yaml</c> as diagnostics name it.</summary>
    public required string CodesPath { get; init; }

    /// <summary>The address patterns publishers have retired (<c>retired-addresses.txt</c>).</summary>
    public RetiredAddresses RetiredAddresses { get; init; } = RetiredAddresses.None;

    /// <summary>What review deadlines are measured against.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The pages that could be read (their front matter is valid), whatever their other errors.</summary>
    public IReadOnlyList<Article> Readable => [.. Files.Select(f => f.Article).OfType<Article>()];
}
