using Markdig.Syntax;

using Sciatica.Content.References;

namespace Sciatica.Content.Citations;

/// <summary>
/// Numbers an article's sources in order of first use (one number per source however often it is cited)
/// and gives each occurrence an anchor the reference list can link back to. Within one group (a bracket, or
/// brackets set side by side) a source shows its number once, whatever number of its findings the group names.
/// </summary>
public static class CitationNumbering
{
    public static IReadOnlyList<CitedReference> Assign(MarkdownDocument document, ReferenceRegistry registry)
    {
        var byId = new Dictionary<string, (int Number, Reference Reference, List<string> BackLinks, List<string> Locators)>(StringComparer.Ordinal);
        var inGroup = new Dictionary<string, CitationItem>(StringComparer.Ordinal);
        foreach (var citation in document.Descendants<CitationInline>())
        {
            if (citation.PreviousSibling is not CitationInline)
            {
                inGroup.Clear();
            }

            foreach (var item in citation.Items)
            {
                if (registry.Find(item.Id) is not { } reference)
                {
                    continue;
                }

                if (!byId.TryGetValue(item.Id, out var entry))
                {
                    entry = (byId.Count + 1, reference, [], []);
                    byId[item.Id] = entry;
                }

                item.Number = entry.Number;
                item.Reference = reference;
                item.Finding = item.Locator is { } named ? reference.FindingAt(named) : null;
                if (inGroup.TryGetValue(item.Id, out var first))
                {
                    item.SharesNumberOf = first;
                    item.AnchorId = first.AnchorId;
                    first.Show(item.Finding);
                }
                else
                {
                    inGroup[item.Id] = item;
                    item.AnchorId = $"cite-{entry.Number}-{entry.BackLinks.Count + 1}";
                    entry.BackLinks.Add(item.AnchorId);
                    item.Show(item.Finding);
                }

                if (item.Locator is { } locator && !entry.Locators.Contains(locator))
                {
                    entry.Locators.Add(locator);
                }
            }
        }

        return byId.Values.OrderBy(e => e.Number)
            .Select(e => new CitedReference(e.Number, e.Reference, e.BackLinks, e.Locators))
            .ToList();
    }

    /// <summary>Every numbered citation item in reading order; call after <see cref="Assign"/>.</summary>
    public static IReadOnlyList<CitationMark> Places(MarkdownDocument document) =>
        document.Descendants<CitationInline>()
            .SelectMany(c => c.Items)
            .Where(i => i.Reference is not null)
            .Select(i => new CitationMark(i.Reference!, i.Finding, i.AnchorId))
            .ToList();
}
