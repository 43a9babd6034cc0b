using Sciatica.Web.CiteThisPage;

namespace Sciatica.Web.Tests.CiteThisPage;

public class PageCitationTests
{
    [Theory]
    [InlineData("Staying active", "Staying active; [updated")]
    [InlineData("Do I need a scan?", "Do I need a scan? [updated")]
    public void The_vancouver_title_takes_a_semicolon_unless_it_ends_with_its_own_mark(string title, string expected)
    {
        var citation = new PageCitation("x", title, "Summary.", "https://sciatica.example.org/x", new DateOnly(2026, 3, 5));
        Assert.Equal($"Sciatica explained [Internet]. {expected} 2026 Mar 5; cited YYYY Mon DD]. Available from: https://sciatica.example.org/x", citation.Vancouver);
    }
}
