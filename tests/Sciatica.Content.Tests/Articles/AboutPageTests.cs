using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Articles;

/// <summary>
/// <c>content/about.md</c>: framing that needs no citation, and only there. The exemption follows the file's place,
/// so no article can claim it, and what the About page does cite is checked like an article's.
/// </summary>
public sealed class AboutPageTests : IDisposable
{
    private const string Framing = "The site's editorial team writes every page.";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private List<Diagnostic> Problems(string code) => [.. _content.Load().Diagnostics.Where(d => d.Code == code)];

    [Fact]
    public void Framing_text_on_the_about_page_needs_no_citation_but_the_same_text_in_an_article_does()
    {
        _content.WriteAbout(Framing + "\n\n- how sources are graded\n\n| page | status |\n|---|---|\n| one | updated |");
        _content.WriteArticle("walking", Framing);

        var uncited = Assert.Single(Problems("SCI001"));

        Assert.Equal((_content.Shown("articles/walking.md"), 10, 1, Severity.Error), (uncited.File, uncited.Line, uncited.Column, uncited.Severity));
        var snapshot = _content.Load();
        Assert.Equal("About this information", snapshot.About?.Title);
        var about = Assert.Single(snapshot.Files, f => f.Slug == "about");
        Assert.Equal((0, 3), (about.ClaimCount, about.NoteCount));
    }

    [Fact]
    public void No_front_matter_key_exempts_an_article()
    {
        _content.WriteArticle("walking", Framing, extraFrontMatter: "kind: about");

        var diagnostics = _content.Load().Diagnostics;

        var key = Assert.Single(diagnostics, d => d.Code == "SCI014");
        Assert.Equal((_content.Shown("articles/walking.md"), 7, 1, Severity.Warning), (key.File, key.Line, key.Column, key.Severity));
        var uncited = Assert.Single(diagnostics, d => d.Code == "SCI001");
        Assert.Equal((_content.Shown("articles/walking.md"), 10, 1), (uncited.File, uncited.Line, uncited.Column));
    }

    [Fact]
    public void What_the_about_page_cites_is_checked_like_an_articles_citations()
    {
        _content.WriteArticle("walking", "Walking helps [@guide, rec. 1.1.4]. Exercise too [@guide, rec. 1.1.9].");
        _content.WriteAbout(Framing + "\n\nScans rarely help [@guide, rec 1.1.4].\n\nMost ease [@nobody, p. 1].\n\nA clinic says so [@shop, home page].");

        var about = _content.Shown("about.md");
        Assert.Equal([(about, 10, 20)], Problems("SCI065").Select(d => (d.File, d.Line, d.Column)));
        Assert.Equal([(about, 12, 12)], Problems("SCI002").Select(d => (d.File, d.Line, d.Column)));
        Assert.Equal([(about, 14, 1)], Problems("SCI003").Select(d => (d.File, d.Line, d.Column)));
        Assert.Null(_content.Load().About);
    }

    [Fact]
    public void The_about_page_is_not_an_article_and_has_no_place_in_the_menu()
    {
        _content.WriteArticle("walking", "Walking helps [@guide, rec. 1.1.4].");
        _content.WriteAbout(Framing, extraFrontMatter: "order: 2\n");

        var snapshot = _content.Load();

        Assert.Equal(["walking"], snapshot.Articles.Select(a => a.Slug));
        Assert.Equal(["/", "/walking", "/references", "/about"], SitePages.ForReaders(snapshot, includeDrafts: false).Select(p => p.Path));
        Assert.Equal(["/walking"], SitePages.ForReaders(snapshot, includeDrafts: false).Where(p => p.IsArticle).Select(p => p.Path));
        var order = Assert.Single(snapshot.Diagnostics, d => d.Code == "SCI014");
        Assert.Equal((_content.Shown("about.md"), 6, 1, Severity.Warning), (order.File, order.Line, order.Column, order.Severity));
        Assert.Null(snapshot.About!.FrontMatter.Order);
    }

    [Fact]
    public void An_article_cannot_take_the_about_pages_address()
    {
        _content.WriteArticle("about", "Walking helps [@guide, rec. 1.1.4].");

        var taken = Assert.Single(Problems("SCI016"));

        Assert.Equal((_content.Shown("articles/about.md"), 1, 1), (taken.File, taken.Line, taken.Column));
        Assert.Contains("/about is one of the site's own addresses", taken.Message, StringComparison.Ordinal);
        Assert.Null(_content.Load().Find("about"));
    }

    [Fact]
    public void A_broken_about_page_keeps_its_last_good_version_and_is_gone_once_deleted()
    {
        var path = _content.WriteAbout(Framing);
        var good = _content.Load();
        File.WriteAllText(path, "no front matter");

        var broken = ContentSnapshot.Load(_content.Root, TestClock.Fixed(), good);

        Assert.Same(good.About, broken.About);
        Assert.Contains(broken.Failed, f => f.SourcePath == _content.Shown("about.md"));
        File.Delete(path);
        Assert.Null(ContentSnapshot.Load(_content.Root, TestClock.Fixed(), broken).About);
    }
}
