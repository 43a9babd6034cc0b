using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sciatica.Content;

namespace Sciatica.Cli.Tests.Published;

/// <summary>The exported copy of the real content, served by a plain static file server and searched in Chromium.</summary>
public sealed partial class ExportSearchTests(SearchableExport export) : IClassFixture<SearchableExport>
{
    [NeedsFact(Tool.Chromium, Tool.Pagefind)]
    public async Task Searching_mri_finds_the_imaging_page()
    {
        var page = await SearchAsync("MRI");
        var links = await page.Locator(".search-results h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(links, href => href == "/imaging" || href.StartsWith("/imaging#", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Search results for “MRI”");
        // Highlights mark the word searched for or a word of its synonym group (content/synonyms.yaml), as Pagefind marks them (with punctuation).
        await Assertions.Expect(page.Locator(".search-results mark").First).ToHaveTextAsync(new Regex(@"^(MRI|scan|x-ray|imaging)\W*$", RegexOptions.IgnoreCase));
        Assert.Contains("MRI", await page.Locator(".search-results mark").AllTextContentsAsync());
    }

    [NeedsFact(Tool.Chromium, Tool.Pagefind)]
    public async Task A_word_only_in_one_articles_body_finds_that_article_alone()
    {
        var (word, slug) = WordInOneArticleOnly();
        var page = await SearchAsync(word);
        var links = await page.Locator(".search-results h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var only = Assert.Single(links);
        Assert.Matches($"^/{slug}(#|$)", only);
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("1 page matches.");
    }

    [NeedsFact(Tool.Chromium, Tool.Pagefind)]
    public async Task Snippets_read_as_the_page_does_with_no_space_left_where_a_citation_stood()
    {
        var (word, mark) = WordBeforeACitedPunctuationMark();
        var page = await SearchAsync(word);
        var snippets = await page.Locator(".search-results .snippet").AllTextContentsAsync();
        Assert.Contains(snippets, s => s.Contains(word + mark, StringComparison.OrdinalIgnoreCase));
        Assert.All(snippets, s => Assert.DoesNotMatch(@"\s[.,;:!?]", s));
    }

    /// <summary>The same words and pages as the live site's search page test: the copy's script expands them from the same synonyms.yaml.</summary>
    [NeedsTheory(Tool.Chromium, Tool.Pagefind)]
    [InlineData("numb bum", "/red-flags", "Also searched for: loss of feeling, bottom, buttock.")]
    [InlineData("pins and needles", "/overview", "Also searched for: tingling.")]
    [InlineData("codeine", "/medicines", "Also searched for: opioid, tramadol, morphine.")]
    [InlineData("exercising", "/activity", null)]
    [InlineData("when to go to a&e", "/red-flags", "Also searched for: accident and emergency, emergency department, emergency room, emergency.")]
    [InlineData("will it come back", "/natural-course", "Also searched for: recur, recurrence.")]
    public async Task A_patients_words_find_the_page_and_say_what_else_was_searched_for(string words, string expected, string? also)
    {
        var page = await SearchAsync(words);
        var links = await page.Locator(".search-results h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href').split('#')[0])");
        Assert.Contains(expected, links.Take(3));
        if (also is null)
        {
            await Assertions.Expect(page.Locator("#search-also")).ToBeHiddenAsync();
        }
        else
        {
            await Assertions.Expect(page.Locator("#search-also")).ToHaveTextAsync(also);
        }
    }

    [NeedsFact(Tool.Chromium, Tool.Pagefind)]
    public async Task Without_javascript_the_search_page_says_so_and_lists_the_sections()
    {
        var context = await export.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(export.Address, "/search?q=MRI").ToString());
        await Assertions.Expect(page.GetByText("Search needs JavaScript on this copy of the site")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".search-help .link-list a[href='/imaging']")).ToBeVisibleAsync();
    }

    /// <summary>Types the words into the page's own search form, as a reader does, and waits for the results.</summary>
    private async Task<IPage> SearchAsync(string words)
    {
        var page = await (await export.Browser.NewContextAsync()).NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync(new Uri(export.Address, "/").ToString());
        await page.Locator("#site-search").FillAsync(words);
        await page.Locator("#site-search").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(new Regex("match"));
        Assert.Empty(errors);
        return page;
    }

    /// <summary>
    /// A word of one article's body that no other article, title or summary has, nor any word starting with its first
    /// five letters (Pagefind matches word stems: "walking" finds "walks"), so only that body can match.
    /// </summary>
    private static (string Word, string Slug) WordInOneArticleOnly()
    {
        var articles = ContentSnapshot.Load(ContentLocator.DefaultRoot(), TestClock.Fixed()).Published(includeDrafts: false).ToList();
        var wordsOf = articles.ToDictionary(
            a => a.Slug,
            a => Words().Matches(string.Join(' ', a.Sections.Select(s => $"{s.Heading?.Text} {s.Text}"))).Select(m => m.Value.ToLowerInvariant())
                .GroupBy(Stem).ToDictionary(g => g.Key, g => g.First()));
        var inTitles = articles.SelectMany(a => Words().Matches($"{a.Title} {a.FrontMatter.Summary}").Select(m => Stem(m.Value))).ToHashSet();
        return articles
            .SelectMany(a => wordsOf[a.Slug].Where(w => !inTitles.Contains(w.Key) && wordsOf.Count(other => other.Value.ContainsKey(w.Key)) == 1).Select(w => (Word: w.Value, a.Slug)))
            .OrderByDescending(x => x.Word.Length).ThenBy(x => x.Word, StringComparer.Ordinal)
            .First();
    }

    /// <summary>
    /// The rarest word of the content that a citation follows before a punctuation mark ("include [@x, y]:" reads
    /// "include:" with the number raised), so its page's excerpt is sure to show that place.
    /// </summary>
    private static (string Word, char Mark) WordBeforeACitedPunctuationMark()
    {
        var root = ContentLocator.DefaultRoot();
        var markdown = string.Join('\n', MarkdownFolders.SelectMany(f => Directory.GetFiles(Path.Combine(root, f), "*.md")).Select(File.ReadAllText));
        return CitedPunctuation().Matches(markdown)
            .Select(m => (Word: m.Groups["word"].Value, Mark: m.Groups["mark"].Value[0]))
            .OrderBy(c => Regex.Count(markdown, $@"\b{c.Word}\b", RegexOptions.IgnoreCase)).ThenBy(c => c.Word, StringComparer.Ordinal)
            .First();
    }

    private static readonly string[] MarkdownFolders = ["articles", "blocks"];

    [GeneratedRegex(@"(?<word>[A-Za-z]{5,}) ?\[@[^\]]+\](?<mark>[.,;:])")]
    private static partial Regex CitedPunctuation();

    private static string Stem(string word) => word[..5].ToLowerInvariant();

    [GeneratedRegex("[a-z]{6,}", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
