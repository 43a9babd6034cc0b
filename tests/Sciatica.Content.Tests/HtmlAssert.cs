using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sciatica.Content.Tests;

/// <summary>Parses rendered article HTML so tests assert on elements, not on strings.</summary>
public static class HtmlAssert
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IElement Required(this IParentNode node, string selector) =>
        node.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no element matches '{selector}'");
}
