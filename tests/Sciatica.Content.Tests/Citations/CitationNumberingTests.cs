namespace Sciatica.Content.Tests.Citations;

public class CitationNumberingTests
{
    [Fact]
    public void Numbers_sources_in_order_of_first_use_and_keeps_one_number_per_source()
    {
        var article = ContentAssert.Body("First [@second, abstract].\n\nThen [@guide, rec. 1.1.4; @second, abstract].\n\nAgain [@second, p. 4].");
        Assert.Equal(["second", "guide"], article.References.Select(r => r.Reference.Id));
        Assert.Equal([1, 2], article.References.Select(r => r.Number));
        Assert.Equal(["cite-1-1", "cite-1-2", "cite-1-3"], article.References[0].BackLinks);
        Assert.Equal(["abstract", "p. 4"], article.References[0].Locators);
    }
}
