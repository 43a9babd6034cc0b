using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Rendering;

/// <summary>Hostile Markdown: whatever form a dangerous URL takes, it never reaches the HTML, and check reports it.</summary>
public class SafeLinkTests
{
    private const string Cite = " [@guide, rec. 1.1.4]";

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click]( javascript:alert(1) )")]
    [InlineData("[click](<javascript:alert(1)>)")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click](&#x6A;&#x61;vascript&colon;alert(1))")]
    [InlineData("[click](java&#9;script:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](file:///etc/passwd)")]
    [InlineData("[click][evil]\n\n[evil]: javascript:alert(1)")]
    [InlineData("[evil]\n\n[evil]: javascript:alert(1)")]
    [InlineData("[click][]\n\n[click]: data:text/html,x")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<data:text/html,x>")]
    [InlineData("[click](javascript:alert(1) \"title\")")]
    public void Unsafe_links_are_dropped_keeping_their_words(string markdown)
    {
        var file = Cited(markdown);
        var html = ContentAssert.Readable(file).Html;
        AssertNoUnsafeUrl(html);
        Assert.DoesNotContain("<a href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        var error = Assert.Single(file.Diagnostics, d => d.Code == "SCI030");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(8, error.Line);
    }

    [Theory]
    [InlineData("![x-ray](javascript:alert(1))")]
    [InlineData("![x-ray](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("![x-ray](https://tracker.example/pixel.gif)")]
    [InlineData("![x-ray](//tracker.example/pixel.gif)")]
    [InlineData("![x-ray][img]\n\n[img]: data:image/png;base64,AAAA")]
    public void Images_from_anywhere_but_this_site_are_dropped_keeping_their_description(string markdown)
    {
        var file = Cited(markdown);
        var html = ContentAssert.Readable(file).Html;
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("x-ray", html, StringComparison.Ordinal);
        Assert.Single(file.Diagnostics, d => d.Code == "SCI030");
    }

    [Theory]
    [InlineData("[NHS](https://www.nhs.uk/conditions/sciatica/)", "https://www.nhs.uk/conditions/sciatica/")]
    [InlineData("[page](http://example.org)", "http://example.org")]
    [InlineData("[mail](mailto:editor@example.org)", "mailto:editor@example.org")]
    [InlineData("[next](/red-flags)", "/red-flags")]
    [InlineData("[section](#what-helps)", "#what-helps")]
    [InlineData("[relative](exercises)", "exercises")]
    [InlineData("[odd but relative](a/b:c)", "a/b:c")]
    [InlineData("<https://example.org>", "https://example.org")]
    [InlineData("<editor@example.org>", "mailto:editor@example.org")]
    public void Safe_links_are_kept(string markdown, string href)
    {
        var file = Cited(markdown);
        Assert.Contains($"href=\"{href}\"", ContentAssert.Readable(file).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(file.Diagnostics, d => d.Code == "SCI030");
    }

    [Fact]
    public void Images_on_this_site_are_kept()
    {
        var article = ContentAssert.Body("![the nerve](/images/nerve.png)" + Cite);
        Assert.Contains("<img src=\"/images/nerve.png\" alt=\"the nerve\"", article.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<div onmouseover=\"alert(1)\">x</div>")]
    [InlineData("<svg/onload=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void Raw_html_is_shown_as_text_never_as_markup(string markdown)
    {
        var elements = new HtmlParser().ParseDocument(ContentAssert.Readable(Cited(markdown)).Html).Body!.QuerySelectorAll("*");
        Assert.DoesNotContain(elements, e => e.TagName is "SCRIPT" or "IMG" or "DIV" or "SVG" or "IFRAME");
        Assert.DoesNotContain(elements, e => e.GetAttribute("href")?.StartsWith("javascript", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Equal("P", elements[0].TagName);
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
    }

    /// <summary>The citation goes on the first line, so reference definitions below stay definitions.</summary>
    private static ArticleFile Cited(string markdown)
    {
        var lines = markdown.Split('\n', 2);
        return ContentAssert.File(lines[0] + Cite + (lines.Length > 1 ? "\n" + lines[1] : ""));
    }

    private static void AssertNoUnsafeUrl(string html) =>
        Assert.DoesNotMatch(new Regex("(href|src)=\"\\s*(javascript|data|vbscript|file)", RegexOptions.IgnoreCase), html);
}
