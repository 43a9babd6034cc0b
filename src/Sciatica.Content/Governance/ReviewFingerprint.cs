using System.Security.Cryptography;
using System.Text;
using Sciatica.Content.Blocks;
using Sciatica.Content.Citations;

namespace Sciatica.Content.Governance;

/// <summary>
/// What a clinician reviewed, part by part: the page's own text (title, summary and body), each shared block it
/// places (by file name) and each finding it cites (<c>id, at</c>), each as a short hash of its words with every run
/// of white space read as one space, so re-wrapping a paragraph changes nothing while any changed word does.
/// Kept part by part so that <c>check</c> and the page can say which part changed since the review.
/// </summary>
public sealed record ReviewFingerprint(IReadOnlyDictionary<string, string> Parts)
{
    /// <summary>The part holding the page's own text; blocks end in <c>.md</c> and findings hold ", ", so no name clashes.</summary>
    public const string TextPart = "text";

    public static ReviewFingerprint Of(string title, string summary, string body, IEnumerable<BlockFile> blocks, IEnumerable<CitationMark> citations)
    {
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal) { [TextPart] = Hash(title, summary, body) };
        foreach (var block in blocks)
        {
            parts[block.Name] = Hash(block.Text ?? "");
        }

        foreach (var mark in citations)
        {
            if (mark.Finding is { } finding)
            {
                parts[$"{mark.Reference.Id}, {finding.At}"] = Hash(finding.At, finding.Says);
            }
        }

        return new ReviewFingerprint(parts);
    }

    /// <summary>What differs from <paramref name="reviewed"/>, as readers and editors are told: "the text", "block see-a-gp.md", "finding nice-ng59, rec. 1.1.4 (newly cited)".</summary>
    public IReadOnlyList<string> ChangesSince(ReviewFingerprint reviewed)
    {
        var changes = new List<string>();
        // The page's own text first, then blocks, then findings: what a reader of the warning looks at first.
        foreach (var (name, hash) in Parts.OrderBy(p => p.Key == TextPart ? 0 : IsBlock(p.Key) ? 1 : 2))
        {
            if (!reviewed.Parts.TryGetValue(name, out var before))
            {
                changes.Add($"{Describe(name)} ({(IsBlock(name) ? "newly placed" : "newly cited")})");
            }
            else if (before != hash)
            {
                changes.Add(Describe(name));
            }
        }

        changes.AddRange(reviewed.Parts.Keys.Where(name => !Parts.ContainsKey(name))
            .Select(name => $"{Describe(name)} ({(IsBlock(name) ? "no longer placed" : "no longer cited")})"));
        return changes;
    }

    private static bool IsBlock(string name) => name.EndsWith(".md", StringComparison.Ordinal);

    /// <summary>A part's name as readers and editors are told it.</summary>
    public static string Describe(string name) =>
        name == TextPart ? "the text" : IsBlock(name) ? $"block {name}" : $"finding {name}";

    private static string Hash(params string[] texts)
    {
        var words = string.Join(' ', texts.SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(words)))[..12];
    }
}
