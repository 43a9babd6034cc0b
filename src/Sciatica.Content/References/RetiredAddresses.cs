using System.Text.RegularExpressions;

namespace Sciatica.Content.References;

/// <summary>
/// Address patterns publishers have retired, from <c>content/retired-addresses.txt</c>, which editors extend: one pattern
/// a line, without <c>http(s)://</c> or <c>www.</c>, <c>*</c> for any run of characters, <c>#</c> for a note. A pattern
/// matches the start of an address, ignoring case (<c>nhs.uk/Conditions/*/Pages/</c>).
/// </summary>
public sealed class RetiredAddresses
{
    public const string File = "retired-addresses.txt";

    /// <summary>The words in a reference's <c>read</c> that say a retired address is the copy really read (and tell readers so).</summary>
    public const string CopyRead = "the copy read";

    public static readonly RetiredAddresses None = new([]);

    private readonly IReadOnlyList<(string Pattern, Regex Match)> _patterns;

    private RetiredAddresses(IReadOnlyList<(string, Regex)> patterns) => _patterns = patterns;

    public static RetiredAddresses Parse(string text) =>
        new([.. text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(pattern => (pattern, new Regex("^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))]);

    /// <summary>The content folder's list, or none when it has no such file.</summary>
    public static RetiredAddresses Load(string root)
    {
        var path = Path.Combine(root, File);
        return System.IO.File.Exists(path) ? Parse(System.IO.File.ReadAllText(path)) : None;
    }

    /// <summary>The pattern <paramref name="url"/> matches, or null when the address is not known to be retired.</summary>
    public string? Matching(string url)
    {
        var address = Regex.Replace(url, "^(?:https?://)?(?:www\\.)?", "", RegexOptions.IgnoreCase);
        return _patterns.FirstOrDefault(p => p.Match.IsMatch(address)).Pattern;
    }
}
