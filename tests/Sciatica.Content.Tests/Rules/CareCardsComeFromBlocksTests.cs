using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Rules;

/// <summary>SCI102 and SCI103: one list of signs for each level, placed from content/blocks. Article bodies start on line 10.</summary>
public sealed class CareCardsComeFromBlocksTests : IDisposable
{
    private const string EmergencyBox = ":::: emergency\nCall 999 now if you cannot control your bladder [@guide, rec. 1.1.4].\n\n::: note\nOutside the UK, call 911, 112 or 000.\n:::\n::::\n";

    private readonly TempContent _content = new();

    public CareCardsComeFromBlocksTests() => _content.WriteBlock("emergency-signs.md", EmergencyBox);

    public void Dispose() => _content.Dispose();

    private List<Diagnostic> Found(string code) => [.. _content.Load().Diagnostics.Where(d => d.Code == code)];

    [Theory]
    [InlineData("emergency")]
    [InlineData("urgent")]
    [InlineData("routine")]
    public void A_box_written_in_the_page_is_an_error_at_its_fence(string level)
    {
        _content.WriteArticle("own", $"--8<-- \"emergency-signs.md\"\n\n::: {level}\nSee someone if it hurts [@guide, rec. 1.1.4].\n:::");

        var error = Assert.Single(Found("SCI102"));
        Assert.Equal((_content.Shown("articles/own.md"), 12, 1, Severity.Error), (error.File, error.Line, error.Column, error.Severity));
        Assert.Contains($"writes its own '::: {level}' box", error.Message, StringComparison.Ordinal);
        Assert.Contains(level == "emergency" ? "place the shared block with the line --8<-- \"emergency-signs.md\"" : $"write the {level} box once in content/blocks/NAME.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Boxes_placed_from_blocks_pass_on_every_page_that_places_them()
    {
        _content.WriteArticle("one", "--8<-- \"emergency-signs.md\"");
        _content.WriteArticle("two", "Read this [@guide, rec. 1.1.4].\n\n--8<-- \"emergency-signs.md\"", order: 2);

        Assert.Empty(Found("SCI102"));
        Assert.Empty(Found("SCI103"));
    }

    [Fact]
    public void Emergency_signs_named_as_an_emergency_without_the_box_are_an_error_at_the_sign()
    {
        _content.WriteArticle("own-list", "Scans help [@guide, rec. 1.1.4].\n\nIf you cannot control your bowel, get emergency help now [@guide, rec. 1.1.4].");

        var error = Assert.Single(Found("SCI103"));
        Assert.Equal((_content.Shown("articles/own-list.md"), 12, 28), (error.File, error.Line, error.Column));
        Assert.Equal("'bowel' is named as an emergency sign, but this page does not place the emergency box; place the shared block with the line --8<-- \"emergency-signs.md\", so the reader sees every sign", error.Message);
    }

    [Theory]
    [InlineData("Rarely, nerve damage from the operation can affect the bladder [@guide, rec. 1.1.4].")]
    [InlineData("Some signs need emergency help. The [warning signs](/red-flags) page lists them [@guide, rec. 1.1.4].")]
    public void A_sign_without_emergency_words_or_emergency_words_without_a_sign_pass(string body)
    {
        _content.WriteArticle("mention", body);

        Assert.Empty(Found("SCI103"));
    }
}
