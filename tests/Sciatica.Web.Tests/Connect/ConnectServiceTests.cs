using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Sciatica.Web.Tests.Connect;

/// <summary>A health record asks /connect for a diagnosis code in MedlinePlus Connect's parameters, as an Infobutton does.</summary>
public sealed class ConnectServiceTests(ConnectServiceTests.Site site) : IClassFixture<ConnectServiceTests.Site>
{
    private const string Icd10 = "2.16.840.1.113883.6.3";
    private const string Icd10Cm = "2.16.840.1.113883.6.90";
    private const string Snomed = "2.16.840.1.113883.6.96";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly SiteFactory _site = site.Factory;

    [Fact]
    public async Task A_more_specific_icd_10_cm_code_finds_the_page_of_the_code_it_sits_under_as_an_atom_feed()
    {
        var response = await GetAsync($"mainSearchCriteria.v.cs={Icd10Cm}&mainSearchCriteria.v.c=M54.31&mainSearchCriteria.v.dn=Sciatica,%20right%20side&knowledgeResponseType=text/xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Contains(feed.Elements(Atom + "category"), c => (string?)c.Attribute("scheme") == "mainSearchCriteria.v.c" && (string?)c.Attribute("term") == "M54.31");
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal("Article leg-pain", entry.Element(Atom + "title")?.Value);
        Assert.Equal($"{SiteFactory.PublicAddress}/leg-pain", entry.Element(Atom + "link")?.Attribute("href")?.Value);
        Assert.Equal("About leg-pain.", entry.Element(Atom + "summary")?.Value);
        Assert.Equal("2026-01-01T00:00:00Z", entry.Element(Atom + "updated")?.Value);
        var review = entry.Elements(Atom + "category").Single(c => (string?)c.Attribute("scheme") == "review-status");
        Assert.Equal("not-reviewed", review.Attribute("term")?.Value);
        Assert.Equal("Not yet reviewed by a clinician", review.Attribute("label")?.Value);
        Assert.Contains(entry.Elements(Atom + "category"), c => (string?)c.Attribute("scheme") == Icd10Cm && (string?)c.Attribute("term") == "M54.3");
    }

    [Fact]
    public async Task An_icd_10_code_answers_in_medlineplus_connects_json_shape()
    {
        var response = await GetAsync($"mainSearchCriteria.v.cs={Icd10}&mainSearchCriteria.v.c=M543&knowledgeResponseType=application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var feed = json.RootElement.GetProperty("feed");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ICD-10 (WHO) M54.3", feed.GetProperty("title").GetProperty("_value").GetString(), StringComparison.Ordinal);
        var entry = Assert.Single(feed.GetProperty("entry").EnumerateArray());
        Assert.Equal("Article leg-pain", entry.GetProperty("title").GetProperty("_value").GetString());
        Assert.Equal($"{SiteFactory.PublicAddress}/leg-pain", entry.GetProperty("link")[0].GetProperty("href").GetString());
        Assert.Equal("About leg-pain.", entry.GetProperty("summary").GetProperty("_value").GetString());
        Assert.Equal("2026-01-01T00:00:00Z", entry.GetProperty("updated").GetProperty("_value").GetString());
        Assert.Contains(entry.GetProperty("category").EnumerateArray(), c => c.GetProperty("scheme").GetString() == "review-status" && c.GetProperty("term").GetString() == "not-reviewed");
    }

    [Fact]
    public async Task A_snomed_code_answers_with_an_html_page_of_links()
    {
        var response = await GetAsync($"mainSearchCriteria.v.cs={Snomed}&mainSearchCriteria.v.c=23056005&knowledgeResponseType=text/html");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var link = Assert.Single(document.QuerySelectorAll(".connect-results a"));
        Assert.Equal($"{SiteFactory.PublicAddress}/leg-pain", link.GetAttribute("href"));
        Assert.Equal("Article leg-pain", link.TextContent);
        Assert.Contains("Not yet reviewed by a clinician", document.QuerySelector(".connect-results")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Snomed, "404684003")] // SNOMED CT matches exactly: another concept finds nothing
    [InlineData(Icd10Cm, "G83.4")] // a code no page declares
    [InlineData(Icd10, "M54")] // a less specific code does not sit under M54.3
    public async Task A_code_that_matches_nothing_gets_an_empty_feed_not_an_error(string system, string code)
    {
        var response = await GetAsync($"mainSearchCriteria.v.cs={system}&mainSearchCriteria.v.c={code}");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.StartsWith("No page of this site is about", feed.Element(Atom + "subtitle")?.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mainSearchCriteria.v.c=M54.3", "Send the code system's OID as mainSearchCriteria.v.cs")]
    [InlineData("mainSearchCriteria.v.cs=1.2.3&mainSearchCriteria.v.c=M54.3", "is not a code system this service knows")]
    [InlineData($"mainSearchCriteria.v.cs={Icd10Cm}", "Send the diagnosis code as mainSearchCriteria.v.c.")]
    [InlineData($"mainSearchCriteria.v.cs={Snomed}&mainSearchCriteria.v.c=23056006", "is not shaped like a code of SNOMED CT")]
    [InlineData($"mainSearchCriteria.v.cs={Icd10Cm}&mainSearchCriteria.v.c=sciatica", "is not shaped like a code of ICD-10-CM")]
    [InlineData($"mainSearchCriteria.v.cs={Icd10Cm}&mainSearchCriteria.v.c=M54.3&mainSearchCriteria.v.c=M54.4", "Send mainSearchCriteria.v.c once")]
    [InlineData($"mainSearchCriteria.v.cs={Icd10Cm}&mainSearchCriteria.v.c=M54.3&knowledgeResponseType=application/pdf", "is not one of text/xml, application/json, text/html")]
    [InlineData($"mainSearchCriteria.v.cs={Icd10Cm}&mainSearchCriteria.v.c=M54.3&informationRecipient.languageCode.c=<script>", "is not a language code")]
    public async Task A_malformed_request_gets_400_with_one_clear_sentence(string query, string expected)
    {
        var response = await GetAsync(query);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.Single(body.Split(". ", StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith(".", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_input_is_refused_short_whatever_was_sent()
    {
        var longCode = new string('9', 2000);
        var encoded = "%6DainSearchCriteria.v.cs=" + Snomed + "&mainSearchCriteria.v.c=%32%33%30%35%36%30%30%35"; // encoded names and values decode as usual
        var repeated = string.Concat(Enumerable.Repeat($"mainSearchCriteria.v.cs={Snomed}&", 100));

        var tooLong = await GetAsync($"mainSearchCriteria.v.cs={Snomed}&mainSearchCriteria.v.c={longCode}");
        var decoded = await GetAsync(encoded);
        var many = await GetAsync(repeated + "mainSearchCriteria.v.c=23056005");

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadAsStringAsync()).Length < 300, "the answer does not echo the whole input");
        Assert.Equal(HttpStatusCode.OK, decoded.StatusCode);
        Assert.Contains("Article leg-pain", await decoded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
    }

    [Fact]
    public async Task Another_language_gets_the_english_entries_with_their_language_marked()
    {
        var response = await GetAsync($"mainSearchCriteria.v.cs={Snomed}&mainSearchCriteria.v.c=23056005&informationRecipient.languageCode.c=es");
        var entry = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element(Atom + "entry")!;

        Assert.Equal("en", entry.Attribute(XNamespace.Xml + "lang")?.Value);
    }

    [Fact]
    public async Task The_file_form_gives_the_same_answer_and_answers_are_kept_per_content_version()
    {
        var client = _site.CreateClient();
        var query = await client.GetAsync(new Uri($"/connect?mainSearchCriteria.v.cs={Snomed}&mainSearchCriteria.v.c=23056005&knowledgeResponseType=application/json", UriKind.Relative));
        var file = await client.GetAsync(new Uri("/connect/snomed-ct/23056005.json", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/connect/snomed-ct/23056005.json", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(file.Headers.ETag!);
        var revalidated = await client.SendAsync(again);

        Assert.Equal(await query.Content.ReadAsStringAsync(), await file.Content.ReadAsStringAsync());
        Assert.Equal(query.Headers.ETag, file.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/connect/snomed-ct/23056006.json", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_page_says_in_json_ld_which_condition_it_is_about_with_its_codes()
    {
        var page = await _site.GetDocumentAsync("/leg-pain");
        using var json = JsonDocument.Parse(page.Required("script[type='application/ld+json']").TextContent);
        var about = json.RootElement.GetProperty("about");

        Assert.Equal("MedicalCondition", about.GetProperty("@type").GetString());
        Assert.Equal("Sciatica", about.GetProperty("name").GetString());
        Assert.Equal(
            ["MedicalCode ICD-10 (WHO) M54.3", "MedicalCode ICD-10-CM M54.3", "MedicalCode SNOMED CT 23056005"],
            about.GetProperty("code").EnumerateArray().Select(c => $"{c.GetProperty("@type")} {c.GetProperty("codingSystem")} {c.GetProperty("codeValue")}"));
    }

    private Task<HttpResponseMessage> GetAsync(string query) =>
        _site.CreateClient().GetAsync(new Uri("/connect?" + query, UriKind.Relative));

    /// <summary>One site over <see cref="ConnectContent"/> for the whole class: no test changes the content, and answers are only read.</summary>
    public sealed class Site : IDisposable
    {
        private readonly TempContent _content = ConnectContent.Create();

        public Site() => Factory = new SiteFactory(_content.Root);

        public SiteFactory Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            _content.Dispose();
        }
    }
}
