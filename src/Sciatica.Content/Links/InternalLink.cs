namespace Sciatica.Content.Links;

/// <summary>
/// A link from an article to a page of this site: <c>/red-flags#cauda-equina-syndrome</c>, <c>/references</c>,
/// <c>/</c> or <c>#section</c> (Path empty: the same article). Line and column are 1-based, in <see cref="File"/>:
/// the shared block the link is written in, or null for the article itself.
/// </summary>
public sealed record InternalLink(string Path, string? Anchor, int Line, int Column, string? File = null)
{
    public string Display => Anchor is null ? $"/{Path}" : $"/{Path}#{Anchor}";
}
