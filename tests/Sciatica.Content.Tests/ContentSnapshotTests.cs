using System.Text;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests;

public sealed class ContentSnapshotTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Serves_valid_articles_in_order_and_withholds_invalid_ones()
    {
        _content.Write("second", TempContent.Article("Second", 2));
        _content.Write("first", TempContent.Article("First", 1));
        _content.Write("bad", TempContent.Article("Bad", 3, "No citation here."));
        var snapshot = ContentSnapshot.Load(_content.Root, TestClock.Fixed());
        Assert.Equal(["first", "second"], snapshot.Articles.Select(a => a.Slug));
        Assert.Equal("bad", Assert.Single(snapshot.Failed).Slug);
        Assert.Null(snapshot.Find("bad"));
    }

    [Fact]
    public void Warns_about_a_registry_entry_nobody_cites()
    {
        _content.Write("first", TempContent.Article("First", 1));
        var warnings = ContentSnapshot.Load(_content.Root, TestClock.Fixed()).Diagnostics.Where(d => d.Code == "SCI024").ToList();
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.EndsWith("references.yaml", w.File, StringComparison.Ordinal));
        Assert.Equal([16, 31], warnings.Select(w => w.Line)); // the second and third entries of the test registry
    }

    [Fact]
    public void Warns_about_a_finding_no_article_cites_at_the_finding()
    {
        _content.Write("first", TempContent.Article("First", 1));
        _content.Write("second", TempContent.Article("Second", 2, "Most ease [@second, abstract]."));
        var warnings = ContentSnapshot.Load(_content.Root, TestClock.Fixed()).Diagnostics.Where(d => d.Code == "SCI063").ToList();
        Assert.Equal(
            [(14, 9, "finding 'rec. 1.1.9' of 'guide' is not cited by any article; cite it as [@guide, rec. 1.1.9] or delete it"), (29, 9, "finding 'p. 4' of 'second' is not cited by any article; cite it as [@second, p. 4] or delete it")],
            warnings.Select(w => (w.Line, w.Column, w.Message)));
        Assert.All(warnings, w => Assert.Equal((Severity.Warning, "references.yaml"), (w.Severity, Path.GetFileName(w.File))));
    }

    [Fact]
    public void Every_place_a_finding_is_cited_is_indexed_by_its_anchor()
    {
        _content.Write("first", TempContent.Article("First", 1, "Scans [@guide, rec. 1.1.4]. Exercise [@guide, rec. 1.1.9]. Again [@guide, Rec. 1.1.4]."));
        _content.Write("second", TempContent.Article("Second", 2, "Most ease [@second, abstract; @guide, rec. 1.1.4]."));
        var snapshot = ContentSnapshot.Load(_content.Root, TestClock.Fixed());
        var finding = snapshot.Registry.Find("guide")!.FindingAt("rec. 1.1.4")!;
        Assert.Equal(["/first#cite-1-1", "/first#cite-1-3", "/second#cite-2-1"], snapshot.CitingPlaces(finding).Select(p => p.Href));
    }

    [Fact]
    public void Invalid_utf8_is_a_diagnostic_naming_the_file_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes(TempContent.Article("Bytes", 1)).Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();
        _content.WriteBytes("bytes", bytes);
        var error = Assert.Single(ContentSnapshot.Load(_content.Root, TestClock.Fixed()).Diagnostics, d => d.IsError);
        Assert.Equal("SCI010", error.Code);
        Assert.EndsWith(Path.Combine("articles", "bytes.md"), error.File, StringComparison.Ordinal);
        Assert.Equal(10, error.Line);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_with_a_diagnostic()
    {
        _content.Write("huge", TempContent.Article("Huge", 1, new string('a', 2_000_000)));
        Assert.Contains(ContentSnapshot.Load(_content.Root, TestClock.Fixed()).Diagnostics, d => d.Code == "SCI010" && d.Message.Contains("limited", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_slug_is_an_error()
    {
        _content.Write("Bad_Name", TempContent.Article("Bad", 1));
        Assert.Contains(ContentSnapshot.Load(_content.Root, TestClock.Fixed()).Diagnostics, d => d.Code == "SCI016");
    }

    [Fact]
    public void Keeps_serving_the_last_good_version_when_a_file_goes_bad()
    {
        _content.Write("first", TempContent.Article("First", 1));
        var good = ContentSnapshot.Load(_content.Root, TestClock.Fixed());
        _content.Write("first", "---\ntitle: [broken\n---\n");
        var next = ContentSnapshot.Load(_content.Root, TestClock.Fixed(), good);
        Assert.Equal("First", next.Find("first")?.Title);
        Assert.Contains(next.Diagnostics, d => d.Code == "SCI011");
        Assert.Equal("first", Assert.Single(next.Failed).Slug);
    }

    [Fact]
    public void A_missing_registry_is_an_error()
    {
        File.Delete(Path.Combine(_content.Root, "references.yaml"));
        Assert.Contains(ContentSnapshot.Load(_content.Root, TestClock.Fixed()).Diagnostics, d => d.Code == "SCI020");
    }
}
