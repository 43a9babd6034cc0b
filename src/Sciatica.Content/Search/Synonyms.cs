using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace Sciatica.Content.Search;

/// <summary>A word or phrase of <c>synonyms.yaml</c> as written, and its search terms (stemmed, filler words dropped).</summary>
public sealed record SynonymEntry(string Text, IReadOnlyList<string> Terms)
{
    /// <summary>Its terms in one string: what makes two entries the same, and a phrase's term in the search index.</summary>
    public string Key { get; } = string.Join(' ', Terms);
}

/// <summary>
/// Words and phrases that mean the same to a reader (<c>content/synonyms.yaml</c>, kept by editors): a patient's word
/// beside the articles' word, such as "bum", "bottom" and "buttock". A query naming one also searches for the others.
/// </summary>
public sealed class Synonyms
{
    public const string File = "synonyms.yaml";

    /// <summary>A list of short phrases; beyond this it is a mistake, not a synonyms file.</summary>
    public const int MaxBytes = 256 * 1024;

    public static readonly Synonyms None = new([]);

    /// <summary>Each phrase's groups by its first term, longest phrase first, so a query matches "pins and needles" before "pins".</summary>
    private readonly Dictionary<string, (SynonymEntry Entry, int Group)[]> _byFirstTerm;

    private Synonyms(IReadOnlyList<IReadOnlyList<SynonymEntry>> groups)
    {
        Groups = groups;
        _byFirstTerm = groups
            .SelectMany((group, index) => group.Select(entry => (Entry: entry, Group: index)))
            .GroupBy(e => e.Entry.Terms[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Entry.Terms.Count).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The groups in file order, each entry in the order written.</summary>
    public IReadOnlyList<IReadOnlyList<SynonymEntry>> Groups { get; }

    /// <summary>
    /// The query's terms (in the order typed) as what to look for: each a list of alternatives, the words typed first,
    /// then the other entries of their synonym group; a group or term named twice counts once.
    /// </summary>
    public IReadOnlyList<QueryPart> Expand(IReadOnlyList<string> terms)
    {
        var parts = new List<QueryPart>();
        var groupsSeen = new HashSet<int>();
        for (var i = 0; i < terms.Count;)
        {
            var match = _byFirstTerm.GetValueOrDefault(terms[i], []).FirstOrDefault(e => StartsAt(terms, i, e.Entry.Terms));
            if (match.Entry is { } typed)
            {
                i += typed.Terms.Count;
                if (groupsSeen.Add(match.Group))
                {
                    parts.Add(new QueryPart(typed, [.. Groups[match.Group].Where(e => e != typed)]));
                }

                continue;
            }

            var term = terms[i++];
            if (!parts.Exists(p => p.Synonyms.Count == 0 && p.Typed.Terms[0] == term))
            {
                parts.Add(new QueryPart(new SynonymEntry(term, [term]), []));
            }
        }

        return parts;
    }

    private static bool StartsAt(IReadOnlyList<string> terms, int start, IReadOnlyList<string> phrase) =>
        start + phrase.Count <= terms.Count && phrase.Select((t, k) => t == terms[start + k]).All(same => same);

    /// <summary>Reads <c>synonyms.yaml</c> from the content folder; none when there is no such file.</summary>
    public static Synonyms Load(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, File);
        if (!System.IO.File.Exists(path))
        {
            return None;
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            diagnostics.Report(SynonymRules.SynonymsInvalid, 1, 1, $"file is larger than {MaxBytes:N0} bytes");
            return None;
        }

        try
        {
            return Parse(System.IO.File.ReadAllText(path), diagnostics);
        }
        catch (IOException e)
        {
            diagnostics.Report(SynonymRules.SynonymsInvalid, 1, 1, $"cannot read file: {e.Message}");
            return None;
        }
    }

    /// <summary>
    /// A YAML list of groups, each a list of two or more words or phrases. Every problem is reported at its own line
    /// and column; a bad entry is left out and the rest still work.
    /// </summary>
    public static Synonyms Parse(string text, DiagnosticBag diagnostics)
    {
        var root = YamlText.Parse(text, out var error);
        if (error is { } e)
        {
            diagnostics.Report(SynonymRules.SynonymsInvalid, e.Line, e.Column, $"invalid YAML: {e.Message}");
            return None;
        }

        if (root is null)
        {
            return None;
        }

        if (root is not YamlSequenceNode list)
        {
            diagnostics.Report(SynonymRules.SynonymsInvalid, root.Line(), root.Column(), "expected a list of groups, one a line, such as: - [bottom, bum, buttock]");
            return None;
        }

        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var groups = new List<IReadOnlyList<SynonymEntry>>();
        foreach (var node in list)
        {
            if (node is not YamlSequenceNode group)
            {
                diagnostics.Report(SynonymRules.SynonymsInvalid, node.Line(), node.Column(), "a group is a list of words or phrases that mean the same, such as [bottom, bum, buttock]");
                continue;
            }

            var entries = ReadGroup(group, seen, diagnostics);
            if (entries.Count == 1)
            {
                diagnostics.Report(SynonymRules.SynonymsInvalid, group.Line(), group.Column(), $"the group has only '{entries[0].Text}': add a word that means the same, or delete the group");
            }
            else if (entries.Count > 1)
            {
                groups.Add(entries);
            }
        }

        return new Synonyms(groups);
    }

    private static List<SynonymEntry> ReadGroup(YamlSequenceNode group, Dictionary<string, YamlNode> seen, DiagnosticBag diagnostics)
    {
        var entries = new List<SynonymEntry>();
        foreach (var node in group)
        {
            var text = node.Scalar()?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                diagnostics.Report(SynonymRules.SynonymsInvalid, node.Line(), node.Column(), "each entry is a word or phrase, such as bum or pins and needles");
                continue;
            }

            var terms = SearchTerms.Of(text).ToList();
            if (terms.Count == 0)
            {
                diagnostics.Report(SynonymRules.SynonymsInvalid, node.Line(), node.Column(), $"'{text}' has only words search ignores (such as 'the' or 'and'); use a word with a meaning");
                continue;
            }

            var entry = new SynonymEntry(text, terms);
            if (seen.TryGetValue(entry.Key, out var first))
            {
                diagnostics.Report(SynonymRules.DuplicateSynonym, node.Line(), node.Column(),
                    $"'{text}' searches the same as '{first.Scalar()}' at line {first.Line()}:{first.Column()} (search folds word endings): keep one, in one group");
                continue;
            }

            seen.Add(entry.Key, node);
            entries.Add(entry);
        }

        return entries;
    }
}

/// <summary>One thing a query asks for: the words typed, and the synonyms searched for too (none for most words).</summary>
public sealed record QueryPart(SynonymEntry Typed, IReadOnlyList<SynonymEntry> Synonyms)
{
    /// <summary>What an article may contain to match this part, the words typed first: each a phrase's terms, all needed.</summary>
    public IEnumerable<SynonymEntry> Alternatives => Synonyms.Prepend(Typed);
}
