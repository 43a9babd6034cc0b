using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Sciatica.Content.Articles;
using Sciatica.Content.Rendering;

namespace Sciatica.Content.Governance;

/// <summary>
/// Writes a clinician's review into a page's front matter: <c>reviewed</c> (the date), <c>reviewed-by</c> and
/// <c>reviewed-fingerprint</c> (what was reviewed, part by part), replacing any earlier review and leaving every
/// other line of the file as it was.
/// </summary>
public static partial class ReviewRecord
{
    public static string Write(string text, DateOnly date, string by, ReviewFingerprint fingerprint)
    {
        var front = Markdown.Parse(text, ArticlePipeline.Instance).Descendants<YamlFrontMatterBlock>().FirstOrDefault()
            ?? throw new InvalidOperationException("the page has no front matter");
        var lines = text.Split('\n').ToList();
        var closing = front.Line + front.Lines.Count + 1;
        var kept = new List<string>();
        var skippingFingerprint = false;
        for (var i = front.Line + 1; i < closing; i++)
        {
            var line = lines[i];
            skippingFingerprint = skippingFingerprint && line.StartsWith(' ');
            if (skippingFingerprint || ReviewKey().IsMatch(line))
            {
                skippingFingerprint = skippingFingerprint || line.StartsWith(FrontMatterReader.ReviewedFingerprint, StringComparison.Ordinal);
                continue;
            }

            kept.Add(line);
        }

        var newline = lines[front.Line].EndsWith('\r') ? "\r" : "";
        kept.Add($"reviewed: {date:yyyy-MM-dd}{newline}");
        kept.Add($"reviewed-by: {Quoted(by)}{newline}");
        kept.Add($"{FrontMatterReader.ReviewedFingerprint}:{newline}");
        kept.AddRange(fingerprint.Parts.Select(p => $"  {Quoted(p.Key)}: {p.Value}{newline}"));
        lines.RemoveRange(front.Line + 1, closing - front.Line - 1);
        lines.InsertRange(front.Line + 1, kept);
        return string.Join('\n', lines);
    }

    /// <summary>A YAML double-quoted scalar: keys such as "nice-ng59, rec. 1.1.4" hold commas and colons.</summary>
    private static string Quoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch { '"' => "\\\"", '\\' => "\\\\", _ => c.ToString() });
        }

        return quoted.Append('"').ToString();
    }

    [GeneratedRegex("^(reviewed|reviewed-by|reviewed-fingerprint)[ \t]*:")]
    private static partial Regex ReviewKey();
}
