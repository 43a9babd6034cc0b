using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Blocks;

/// <summary>Shared blocks: <c>--8&lt;-- "NAME.md"</c> places content/blocks/NAME.md as if written in the page.</summary>
public sealed class SharedBlockTests : IDisposable
{
    private const string EmergencyCard = "::: emergency\nCall 999 now if you cannot control your bladder (outside the UK, 911, 112 or 000) [@guide, rec. 1.1.4].\n:::\n";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_block_renders_as_if_written_in_place_with_citations_numbered_in_the_page_order()
    {
        _content.WriteBlock("emergency-signs.md", EmergencyCard);
        _content.WriteArticle("page", "Rest in bed does not help [@second, abstract].\n\n--8<-- \"emergency-signs.md\"\n\nMost people get better [@guide, rec. 1.1.4].");
        var article = _content.Load().Find("page")!;

        Assert.Equal(["second", "guide"], article.References.Select(r => r.Reference.Id));
        var card = HtmlAssert.Parse(article.Html).QuerySelector(".care-card-emergency")!;
        Assert.Contains("Call 999 now", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", card.QuerySelector("sup.cite button")!.TextContent);
        Assert.Equal(["cite-2-1", "cite-2-2"], article.References[1].BackLinks);
    }

    [Fact]
    public void A_block_placed_first_takes_the_first_number()
    {
        _content.WriteBlock("emergency-signs.md", EmergencyCard);
        _content.WriteArticle("page", "--8<-- \"emergency-signs.md\"\n\nRest in bed does not help [@second, abstract].");
        Assert.Equal(["guide", "second"], _content.Load().Find("page")!.References.Select(r => r.Reference.Id));
    }

    [Fact]
    public void Diagnostics_inside_a_block_name_the_block_file_and_its_own_line_and_column()
    {
        _content.WriteBlock("emergency-signs.md", "::: emergency\nCall 999 now [@guide, rec. 1.1.4].\n\n- A sign with no source\n:::\n");
        // Placed inside a list item, indented two spaces: columns are still the block file's own.
        _content.WriteArticle("page", "- Signs [@guide, rec. 1.1.4]:\n\n  --8<-- \"emergency-signs.md\"\n\nAn uncited line after the block.");
        var errors = _content.Load().Diagnostics.Where(d => d.Code == "SCI001").Select(d => d.ToString()).ToList();

        Assert.Equal(2, errors.Count);
        Assert.StartsWith($"{_content.Shown("articles/page.md")}:14:1: error SCI001:", errors[0], StringComparison.Ordinal);
        Assert.StartsWith($"{_content.Shown("blocks/emergency-signs.md")}:4:1: error SCI001:", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_in_a_block_used_by_two_pages_is_reported_once_and_in_each_pages_own_list()
    {
        _content.WriteBlock("note.md", "An uncited line.\n");
        _content.WriteArticle("one", "A claim [@guide, rec. 1.1.4].\n\n--8<-- \"note.md\"");
        _content.WriteArticle("two", "--8<-- \"note.md\"", order: 2);
        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.IsError);
        Assert.Equal((_content.Shown("blocks/note.md"), 1, 1), (error.File, error.Line, error.Column));
        Assert.All(snapshot.Failed, a => Assert.Contains(error, a.Diagnostics));
        Assert.Equal(["one", "two"], snapshot.Failed.Select(a => a.Slug));
    }

    [Fact]
    public void A_broken_block_keeps_the_last_good_version_of_its_pages_and_leaves_other_pages_alone()
    {
        _content.WriteBlock("emergency-signs.md", EmergencyCard);
        _content.WriteArticle("uses", "--8<-- \"emergency-signs.md\"");
        _content.WriteArticle("other", "Walking helps [@guide, rec. 1.1.4].", order: 2);
        var good = _content.Load();

        _content.WriteBlock("emergency-signs.md", "::: emergency\nNo source now.\n:::\n");
        _content.WriteArticle("other", "Walking helps most people [@guide, rec. 1.1.4].", order: 2);
        var next = ContentSnapshot.Load(_content.Root, TestClock.Fixed(), good);

        Assert.Contains("Call 999 now", next.Find("uses")!.Html, StringComparison.Ordinal);
        Assert.Contains("most people", next.Find("other")!.Html, StringComparison.Ordinal);
        Assert.Equal("uses", Assert.Single(next.Failed).Slug);
    }

    [Fact]
    public void An_unknown_block_is_an_error_at_the_include_line()
    {
        _content.WriteBlock("emergency-signs.md", EmergencyCard);
        _content.WriteArticle("page", "A claim [@guide, rec. 1.1.4].\n\n--8<-- \"emergency-sign.md\"");
        var error = Assert.Single(_content.Load().Diagnostics, d => d.IsError);
        Assert.Equal($"{_content.Shown("articles/page.md")}:12:1: error SCI070: no shared block 'emergency-sign.md' in content/blocks/ "
            + "(write the file name, like \"emergency-signs.md\"; blocks: emergency-signs.md)", error.ToString());
    }

    [Fact]
    public void A_block_that_includes_itself_through_another_is_an_error_at_the_line_that_closes_the_loop()
    {
        _content.WriteBlock("a.md", "A claim [@guide, rec. 1.1.4].\n\n--8<-- \"b.md\"\n");
        _content.WriteBlock("b.md", "Another claim [@guide, rec. 1.1.4].\n\n  --8<-- 'a.md'\n");
        _content.WriteArticle("page", "--8<-- \"a.md\"");
        var error = Assert.Single(_content.Load().Diagnostics, d => d.IsError);
        Assert.Equal($"{_content.Shown("blocks/b.md")}:3:3: error SCI071: block 'a.md' includes itself: a.md → b.md → a.md", error.ToString());
    }

    [Fact]
    public void A_block_that_includes_itself_directly_is_an_error()
    {
        _content.WriteBlock("a.md", "A claim [@guide, rec. 1.1.4].\n--8<-- \"a.md\"\n");
        _content.WriteArticle("page", "--8<-- \"a.md\"");
        var error = Assert.Single(_content.Load().Diagnostics, d => d.IsError);
        Assert.Equal(("SCI071", _content.Shown("blocks/a.md"), 2), (error.Code, error.File, error.Line));
    }

    [Fact]
    public void A_block_no_page_places_is_a_warning()
    {
        _content.WriteBlock("spare.md", "A claim [@guide, rec. 1.1.4].\n");
        _content.WriteArticle("page", "A claim [@guide, rec. 1.1.4].");
        var warning = Assert.Single(_content.Load().Diagnostics, d => d.Code == "SCI072");
        Assert.Equal((_content.Shown("blocks/spare.md"), Severity.Warning), (warning.File, warning.Severity));
    }

    [Fact]
    public void A_broken_link_in_a_block_is_reported_at_the_block_line()
    {
        _content.WriteBlock("see-a-gp.md", "Read about [scans](/no-such-page) [@guide, rec. 1.1.4].\n");
        _content.WriteArticle("page", "--8<-- \"see-a-gp.md\"");
        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == "SCI031");
        Assert.Equal((_content.Shown("blocks/see-a-gp.md"), 1, 12), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void An_include_line_in_fenced_code_is_shown_as_written()
    {
        _content.WriteArticle("page", "A claim [@guide, rec. 1.1.4].\n\n```\n--8<-- \"emergency-signs.md\"\n```");
        var snapshot = _content.Load();
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
        Assert.Contains("--8&lt;-- &quot;emergency-signs.md&quot;", snapshot.Find("page")!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_emergency_signs_block_is_also_rendered_on_its_own_for_the_home_page()
    {
        _content.WriteBlock("emergency-signs.md", EmergencyCard);
        _content.WriteArticle("page", "Rest in bed does not help [@second, abstract].\n\n--8<-- \"emergency-signs.md\"");
        var card = _content.Load().EmergencySigns!;

        var html = HtmlAssert.Parse(card.Html);
        Assert.NotNull(html.QuerySelector(".care-card-emergency > h2"));
        Assert.Equal("1", html.Required("sup.cite button").TextContent);
        Assert.Equal("/references#guide", html.Required(".cite-popover > a").GetAttribute("href"));
    }

    [Fact]
    public void A_broken_emergency_block_leaves_the_home_page_its_last_good_card()
    {
        _content.WriteBlock("emergency-signs.md", EmergencyCard);
        var good = _content.Load();
        _content.WriteBlock("emergency-signs.md", "::: emergency\nNo source now.\n:::\n");
        Assert.Same(good.EmergencySigns, ContentSnapshot.Load(_content.Root, TestClock.Fixed(), good).EmergencySigns);
        Assert.Null(_content.Load().EmergencySigns);
    }

    [Fact]
    public void Editing_a_block_dates_the_pages_that_use_it()
    {
        _content.WriteBlock("emergency-signs.md", EmergencyCard);
        var page = _content.WriteArticle("page", "--8<-- \"emergency-signs.md\"");
        var block = Path.Combine(_content.Root, "blocks", "emergency-signs.md");
        // An hour after the page, taken from the file system's times rather than the clock, and read back as set.
        File.SetLastWriteTimeUtc(block, File.GetLastWriteTimeUtc(page).AddHours(1));
        var edited = new DateTimeOffset(File.GetLastWriteTimeUtc(block), TimeSpan.Zero);
        Assert.Equal(edited.ToUnixTimeSeconds(), _content.Load().Find("page")!.LastModified.ToUnixTimeSeconds());
    }
}
