using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sciatica.Content.Rendering;

/// <summary>A link or image dropped because of its URL, for <c>check</c> to report (0-based position, as Markdig gives it).</summary>
public sealed record UnsafeLink(int Line, int Column, string Url, bool IsImage);

/// <summary>
/// Drops links and images whose URL is not safe (<see cref="LinkSchemes"/>) once the document is parsed,
/// whatever Markdown form made them (inline, reference-style, autolink, entity-encoded). A dropped link
/// keeps its text; a dropped image keeps its description as text.
/// </summary>
public sealed class SafeLinkExtension : IMarkdownExtension
{
    private static readonly object DataKey = typeof(SafeLinkExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= DropUnsafeLinks;
        pipeline.DocumentProcessed += DropUnsafeLinks;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>The links and images this document lost.</summary>
    public static IReadOnlyList<UnsafeLink> DroppedFrom(MarkdownDocument document) =>
        document.GetData(DataKey) as IReadOnlyList<UnsafeLink> ?? [];

    private static void DropUnsafeLinks(MarkdownDocument document)
    {
        var dropped = new List<UnsafeLink>();
        foreach (var inline in document.Descendants<Inline>().Where(IsUnsafe).ToList())
        {
            var (url, isImage) = inline is LinkInline link ? (link.Url, link.IsImage) : (((AutolinkInline)inline).Url, false);
            dropped.Add(new UnsafeLink(inline.Line, inline.Column, url ?? "", isImage));
            Replace(inline);
        }

        document.SetData(DataKey, dropped);
    }

    private static bool IsUnsafe(Inline inline) => inline switch
    {
        LinkInline { IsImage: true } image => !LinkSchemes.IsSafeImage(image.Url),
        LinkInline link => !LinkSchemes.IsSafeLink(link.Url),
        AutolinkInline { IsEmail: false } autolink => !LinkSchemes.IsSafeLink(autolink.Url),
        _ => false,
    };

    private static void Replace(Inline unsafeInline)
    {
        if (unsafeInline is LinkInline { IsImage: false } link)
        {
            // Keep the words: move the link's children out in front of it.
            while (link.FirstChild is { } child)
            {
                child.Remove();
                link.InsertBefore(child);
            }

            link.Remove();
            return;
        }

        var text = unsafeInline is LinkInline image ? InlineText.Of(image) : ((AutolinkInline)unsafeInline).Url;
        unsafeInline.ReplaceBy(new LiteralInline(text));
    }
}

public static class SafeLinkPipelineExtensions
{
    public static MarkdownPipelineBuilder UseSafeLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SafeLinkExtension>();
        return pipeline;
    }
}
