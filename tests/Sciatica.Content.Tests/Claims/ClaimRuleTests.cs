
namespace Sciatica.Content.Tests.Claims;

public class ClaimRuleTests
{
    private const string Uncited = "SCI001";

    [Theory]
    [InlineData("Walking helps [@guide, rec. 1.1.4].")]
    [InlineData("Walking helps [@guide, rec. 1.1.4; @second, abstract].")]
    [InlineData("Walking *helps [@guide, rec. 1.1.4]*.")]
    [InlineData("> Quoted claim [@guide, rec. 1.1.4].")]
    [InlineData("- one [@guide, rec. 1.1.4]\n- two [@second, abstract]")]
    [InlineData("Signs include [@guide, rec. 1.1.4]:\n\n- one\n- two")]
    [InlineData("Signs include: [@guide, rec. 1.1.4]\n\n- one\n- two")]
    [InlineData("- outer [@guide, rec. 1.1.4]:\n  - nested, covered by its cited introduction")]
    [InlineData("| option | effect |\n|---|---|\n| walking | helps [@guide, rec. 1.1.4] |")]
    [InlineData("## A heading is not a claim\n\nBody [@guide, rec. 1.1.4].")]
    [InlineData("::: note\nThis page explains things.\n:::")]
    [InlineData("::: emergency\nCall now [@guide, rec. 1.1.4].\n:::")]
    public void Accepts_cited_claims(string body) =>
        Assert.Empty(ContentAssert.Errors(body, Uncited));

    [Theory]
    [InlineData("Walking helps.", 8)]
    [InlineData("Cited [@guide, rec. 1.1.4].\n\nNot cited.", 10)]
    [InlineData("> Quoted claim.", 8)]
    [InlineData("- one [@guide, rec. 1.1.4]\n- two", 9)]
    [InlineData("Signs include [@guide, rec. 1.1.4].\n\n- no colon, so not covered", 10)]
    [InlineData("- outer [@guide, rec. 1.1.4]\n  - nested bare", 9)]
    [InlineData("| option | effect |\n|---|---|\n| walking | helps |", 10)]
    [InlineData("::: emergency\nCall now.\n:::", 9)]
    public void Reports_the_uncited_claim_at_its_line(string body, int line)
    {
        var error = Assert.Single(ContentAssert.Errors(body, Uncited));
        Assert.Equal(line, error.Line);
        Assert.Equal("test.md", error.File);
    }

    [Fact]
    public void An_uncited_introduction_covers_nothing()
    {
        var lines = ContentAssert.Errors("Signs include:\n\n- cited [@guide, rec. 1.1.4]\n- bare", Uncited).Select(e => e.Line);
        Assert.Equal([8, 11], lines);
    }

    [Fact]
    public void Table_header_row_is_not_a_claim() =>
        Assert.Empty(ContentAssert.Errors("| option | effect |\n|---|---|\n| a | b [@guide, rec. 1.1.4] |", Uncited));

    [Fact]
    public void Counts_notes_so_reviewers_see_what_is_exempt()
    {
        var article = ContentAssert.File("::: note\nFraming.\n:::\n\n::: note\nMore framing.\n:::\n\nClaim [@guide, rec. 1.1.4].");
        Assert.Equal(2, article.NoteCount);
        Assert.Equal(1, article.ClaimCount);
    }

    [Fact]
    public void A_claim_backed_only_by_a_commercial_source_is_an_error()
    {
        Assert.Single(ContentAssert.Errors("Surgery cures everything [@shop, home page].", "SCI003"));
        Assert.Empty(ContentAssert.Errors("Stenosis narrows the canal [@shop, home page; @second, abstract].", "SCI003"));
    }

    [Fact]
    public void A_citation_to_an_unknown_id_is_an_error_at_its_position()
    {
        var error = Assert.Single(ContentAssert.Errors("Claim [@guide, rec. 1.1.4; @nobody].", "SCI002"));
        Assert.Equal((8, 28), (error.Line, error.Column));
    }
}
