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
        var warnings = ContentSnapshot.Load(_content.Root, TestClock.Fixed()).Diagnostics;
        Assert.All(warnings, w => Assert.Equal((DiagnosticCodes.UncitedReference, Severity.Warning), (w.Code, w.Severity)));
        Assert.All(warnings, w => Assert.EndsWith("references.yaml", w.File, StringComparison.Ordinal));
        Assert.Equal([8, 16], warnings.Select(w => w.Line));
    }

    [Fact]
    public void Invalid_utf8_is_a_diagnostic_naming_the_file_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes(TempContent.Article("Bytes", 1)).Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();
        _content.WriteBytes("bytes", bytes);
        var error = Assert.Single(ContentSnapshot.Load(_content.Root, TestClock.Fixed()).Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnreadableFile, error.Code);
        Assert.EndsWith(Path.Combine("articles", "bytes.md"), error.File, StringComparison.Ordinal);
        Assert.Equal(10, error.Line);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_with_a_diagnostic()
    {
        _content.Write("huge", TempContent.Article("Huge", 1, new string('a', 2_000_000)));
        Assert.Contains(ContentSnapshot.Load(_content.Root, TestClock.Fixed()).Diagnostics, d => d.Code == DiagnosticCodes.UnreadableFile && d.Message.Contains("limited", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_slug_is_an_error()
    {
        _content.Write("Bad_Name", TempContent.Article("Bad", 1));
        Assert.Contains(ContentSnapshot.Load(_content.Root, TestClock.Fixed()).Diagnostics, d => d.Code == DiagnosticCodes.BadSlug);
    }

    [Fact]
    public void Keeps_serving_the_last_good_version_when_a_file_goes_bad()
    {
        _content.Write("first", TempContent.Article("First", 1));
        var good = ContentSnapshot.Load(_content.Root, TestClock.Fixed());
        _content.Write("first", "---\ntitle: [broken\n---\n");
        var next = ContentSnapshot.Load(_content.Root, TestClock.Fixed(), good);
        Assert.Equal("First", next.Find("first")?.Title);
        Assert.Contains(next.Diagnostics, d => d.Code == DiagnosticCodes.InvalidFrontMatter);
        Assert.Equal("first", Assert.Single(next.Failed).Slug);
    }

    [Fact]
    public void A_missing_registry_is_an_error()
    {
        File.Delete(Path.Combine(_content.Root, "references.yaml"));
        Assert.Contains(ContentSnapshot.Load(_content.Root, TestClock.Fixed()).Diagnostics, d => d.Code == DiagnosticCodes.RegistryUnreadable);
    }
}
