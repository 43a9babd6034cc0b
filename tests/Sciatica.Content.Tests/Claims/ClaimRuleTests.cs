using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Claims;

public class ClaimRuleTests
{
    private const string Uncited = DiagnosticCodes.ClaimWithoutCitation;

    [Theory]
    [InlineData("Walking helps [@guide].")]
    [InlineData("Walking helps [@guide; @second].")]
    [InlineData("Walking *helps [@guide]*.")]
    [InlineData("> Quoted claim [@guide].")]
    [InlineData("- one [@guide]\n- two [@second]")]
    [InlineData("Signs include [@guide]:\n\n- one\n- two")]
    [InlineData("Signs include: [@guide]\n\n- one\n- two")]
    [InlineData("- outer [@guide]:\n  - nested, covered by its cited introduction")]
    [InlineData("| option | effect |\n|---|---|\n| walking | helps [@guide] |")]
    [InlineData("## A heading is not a claim\n\nBody [@guide].")]
    [InlineData("::: note\nThis page explains things.\n:::")]
    [InlineData("::: emergency\nCall now [@guide].\n:::")]
    public void Accepts_cited_claims(string body) =>
        Assert.Empty(ContentAssert.Errors(body, Uncited));

    [Theory]
    [InlineData("Walking helps.", 8)]
    [InlineData("Cited [@guide].\n\nNot cited.", 10)]
    [InlineData("> Quoted claim.", 8)]
    [InlineData("- one [@guide]\n- two", 9)]
    [InlineData("Signs include [@guide].\n\n- no colon, so not covered", 10)]
    [InlineData("- outer [@guide]\n  - nested bare", 9)]
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
        var lines = ContentAssert.Errors("Signs include:\n\n- cited [@guide]\n- bare", Uncited).Select(e => e.Line);
        Assert.Equal([8, 11], lines);
    }

    [Fact]
    public void Table_header_row_is_not_a_claim() =>
        Assert.Empty(ContentAssert.Errors("| option | effect |\n|---|---|\n| a | b [@guide] |", Uncited));

    [Fact]
    public void Counts_notes_so_reviewers_see_what_is_exempt()
    {
        var article = ContentAssert.File("::: note\nFraming.\n:::\n\n::: note\nMore framing.\n:::\n\nClaim [@guide].");
        Assert.Equal(2, article.NoteCount);
        Assert.Equal(1, article.ClaimCount);
    }

    [Fact]
    public void A_claim_backed_only_by_a_commercial_source_is_an_error()
    {
        Assert.Single(ContentAssert.Errors("Surgery cures everything [@shop].", DiagnosticCodes.CommercialOnlyClaim));
        Assert.Empty(ContentAssert.Errors("Stenosis narrows the canal [@shop; @second].", DiagnosticCodes.CommercialOnlyClaim));
    }

    [Fact]
    public void A_citation_to_an_unknown_id_is_an_error_at_its_position()
    {
        var error = Assert.Single(ContentAssert.Errors("Claim [@nobody].", DiagnosticCodes.UnknownReference));
        Assert.Equal((8, 7), (error.Line, error.Column));
    }
}
