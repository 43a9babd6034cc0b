using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Rules.Site;

namespace Sciatica.Content.Tests.Rules;

/// <summary>
/// When the evidence was last checked: <c>accessed</c> per reference, the page's oldest, a warning when a cited
/// reference was not read again within the page's review cycle, and one registry edit flagging every page citing a
/// superseded version. Measured against the content clock, never today's date.
/// </summary>
public sealed class EvidenceIsCurrentTests : IDisposable
{
    private readonly TempContent _content = new();

    public EvidenceIsCurrentTests()
    {
        // updated 2026-01-01, next review 2026-06-01: a 151-day review cycle.
        _content.WriteArticle("leg-pain", "Scans rarely help [@guide, rec. 1.1.4]. Most sciatica eases [@second, abstract].", nextReview: "2026-06-01");
    }

    [Fact]
    public void A_page_shows_the_oldest_day_its_cited_references_were_read()
    {
        SetAccessed("second", "2026, 12, 20");

        Assert.Equal(new DateOnly(2026, 12, 20), _content.Load().Find("leg-pain")!.EvidenceChecked);
    }

    [Fact]
    public void A_reference_read_within_the_review_cycle_passes_and_one_read_before_it_is_flagged_at_the_registry()
    {
        SetAccessed("guide", "2026, 1, 10");

        Assert.DoesNotContain(_content.Load(TestClock.On(new DateOnly(2026, 6, 1))).Diagnostics, d => d.Code == EvidenceIsCurrent.EvidenceNotRechecked.Code);
        var warning = Assert.Single(_content.Load(TestClock.On(new DateOnly(2026, 6, 20))).Diagnostics, d => d.Code == EvidenceIsCurrent.EvidenceNotRechecked.Code);
        Assert.Equal((_content.Shown("references.yaml"), Severity.Warning), (warning.File, warning.Severity));
        Assert.Contains("'guide' was last read on 2026-01-10, 161 days ago, longer than the 151-day review cycle of 'Article leg-pain'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cited_reference_without_accessed_is_flagged()
    {
        Edit(text => text.Replace("    read: abstract\n    accessed: {date-parts: [[2027, 1, 1]]}\n", "    read: abstract\n", StringComparison.Ordinal));

        var warning = Assert.Single(_content.Load().Diagnostics, d => d.Code == EvidenceIsCurrent.EvidenceNotRechecked.Code);
        Assert.StartsWith("'second' has no 'accessed'", warning.Message, StringComparison.Ordinal);
        Assert.Null(_content.Load().Find("leg-pain")!.EvidenceChecked);
    }

    [Fact]
    public void Recording_a_newer_version_in_the_registry_flags_every_page_citing_the_old_one()
    {
        _content.WriteArticle("exercise", "Exercise helps [@guide, rec. 1.1.9].", order: 2);
        Edit(text => text.Replace("    title-short: Test Guide\n", "    title-short: Test Guide\n    superseded-by: second\n", StringComparison.Ordinal));

        var warnings = _content.Load().Diagnostics.Where(d => d.Code == EvidenceIsCurrent.SupersededReferenceCited.Code).ToList();

        Assert.Equal([_content.Shown("articles/exercise.md"), _content.Shown("articles/leg-pain.md")], warnings.Select(w => w.File).Order(StringComparer.Ordinal));
        Assert.All(warnings, w => Assert.Contains("cites 'guide', which the registry records as superseded by 'second'", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_successor_the_registry_lacks_is_flagged()
    {
        Edit(text => text.Replace("    title-short: Test Guide\n", "    title-short: Test Guide\n    superseded-by: guide-2027\n", StringComparison.Ordinal));

        Assert.Contains(_content.Load().Diagnostics, d => d.Code == EvidenceIsCurrent.SupersededReferenceCited.Code
            && d.File == _content.Shown("references.yaml") && d.Message.Contains("'guide-2027', which is not in the registry", StringComparison.Ordinal));
    }

    [Fact]
    public void Accessed_must_be_a_whole_date()
    {
        SetAccessed("guide", "2026, 13");

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == RegistryRules.BadAccessedDate.Code);
        Assert.Equal(Severity.Error, error.Severity);
    }

    public void Dispose() => _content.Dispose();

    private void SetAccessed(string id, string parts)
    {
        var start = $"id: {id}\n";
        Edit(text =>
        {
            var at = text.IndexOf("accessed: {date-parts: [[2027, 1, 1]]}", text.IndexOf(start, StringComparison.Ordinal), StringComparison.Ordinal);
            return text[..at] + $"accessed: {{date-parts: [[{parts}]]}}" + text[(at + "accessed: {date-parts: [[2027, 1, 1]]}".Length)..];
        });
    }

    private void Edit(Func<string, string> change)
    {
        var path = Path.Combine(_content.Root, "references.yaml");
        var text = File.ReadAllText(path);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(path, changed);
    }
}
