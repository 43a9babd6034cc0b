using Sciatica.Content.Diagnostics;
using Sciatica.Content.Readability;

namespace Sciatica.Content.Tests.Readability;

public class ReadabilityMeterTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("walking", 2)]
    [InlineData("sciatica", 4)]
    [InlineData("decompression", 4)]
    [InlineData("make", 1)]
    [InlineData("trial", 2)]
    [InlineData("social", 2)]
    public void Counts_syllables(string word, int syllables) =>
        Assert.Equal(syllables, SyllableCounter.Count(word));

    [Fact]
    public void Short_plain_sentences_score_low_and_pass()
    {
        var article = ContentAssert.File("Walk each day [@guide, rec. 1.1.4]. It helps you get well [@guide, rec. 1.1.4]. Keep going [@guide, rec. 1.1.4].");
        Assert.True(article.Readability.FleschKincaidGrade < 4, $"FK {article.Readability.FleschKincaidGrade}");
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == "SCI040");
    }

    [Fact]
    public void Long_technical_sentences_get_a_warning()
    {
        var article = ContentAssert.File(
            "Lumbosacral radiculopathy attributable to intervertebral disc herniation demonstrates considerable spontaneous resolution, notwithstanding substantial interindividual variability in symptomatic trajectories [@guide, rec. 1.1.4].");
        Assert.True(article.Readability.FleschKincaidGrade > 8);
        Assert.Contains(article.Diagnostics, d => d.Code == "SCI040" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Many_long_words_in_short_easy_sentences_warn_on_SMOG_alone()
    {
        const string Sentence = "Your doctor may suggest physical therapy and a good plan to help you get well [@guide, rec. 1.1.4]. ";
        var article = ContentAssert.File(string.Concat(Enumerable.Repeat(Sentence, 3)));
        Assert.True(article.Readability.FleschKincaidGrade <= ReadabilityScore.MaxGrade, $"FK {article.Readability.FleschKincaidGrade}");
        Assert.True(article.Readability.Smog > ReadabilityScore.MaxSmog, $"SMOG {article.Readability.Smog}");
        Assert.Contains(article.Diagnostics, d => d.Code == "SCI040" && d.Message.Contains("SMOG", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_and_citations_are_not_counted()
    {
        var article = ContentAssert.File("## Extraordinarily complicated terminology\n\nWalk [@guide, rec. 1.1.4].");
        Assert.Equal(1, article.Readability.Words);
    }
}
