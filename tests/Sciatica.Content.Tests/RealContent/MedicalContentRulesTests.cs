using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sciatica.Content.Blocks;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rendering;

namespace Sciatica.Content.Tests.RealContent;

/// <summary>
/// The real content against a well-meant edit that breaks it. What an editor must see in <c>check</c> is a rule of the
/// one list (999 with the other numbers, advised-against medicines, shared boxes, doses, box pointers and level words:
/// SCI100-SCI106), run here on content/ by <see cref="The_real_content_passes_every_rule"/>. What stays a test is
/// what this site has decided about its own pages, not a check of any page: which signs its emergency box names,
/// the anchor clinicians link to, the medicine groups and the imaging advice the pages keep. Bed rest, treatments
/// NICE says not to offer, the link to the warning signs, the education note and the review year are still tests
/// over every article (no slug list); each could become a rule in the same way.
/// </summary>
public partial class MedicalContentRulesTests
{
    private static readonly string Root = ContentLocator.DefaultRoot();

    /// <summary>The real content as the site loads it; the slugs come from it, so a new article is guarded at once.</summary>
    private static readonly ContentSnapshot Snapshot = ContentSnapshot.Load(Root, TestClock.Fixed());

    public static TheoryData<string> AllSlugs() => [.. Snapshot.Articles.Select(a => a.Slug)];

    public static TheoryData<string> SlugsOtherThanRedFlags() => [.. Snapshot.Articles.Select(a => a.Slug).Where(s => s != "red-flags")];

    private static readonly BlockLibrary Blocks = BlockLibrary.Load(Root, path => path);

    /// <summary>The article as readers get it: shared blocks placed where the article includes them.</summary>
    private static MarkdownDocument Parse(string slug)
    {
        var path = Path.Combine("articles", slug + ".md");
        var text = BlockExpander.Expand(File.ReadAllText(Path.Combine(Root, path)), Blocks, new DiagnosticBag(path)).Text;
        return Markdown.Parse(text, ArticlePipeline.Instance);
    }

    private static IEnumerable<string> Sentences(MarkdownDocument document) =>
        document.Descendants<ParagraphBlock>()
            .SelectMany(p => SentenceBreak().Split(InlineText.Of(p.Inline)))
            .Select(s => s.ToLowerInvariant());

    /// <summary>
    /// Every rule of the one list (the medical guards among them: SCI100-SCI106) holds on the real content, with no
    /// warning either. The rules are tested on fixtures in tests/Sciatica.Content.Tests/Rules; this is their run on content/.
    /// </summary>
    [Fact]
    public void The_real_content_passes_every_rule()
    {
        Assert.Empty(Snapshot.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(Snapshot.Failed);
        Assert.Equal(Directory.GetFiles(Path.Combine(Root, ContentSnapshot.ArticlesFolder), "*.md").Length, Snapshot.Articles.Count);
    }

    [Fact]
    public void Red_flags_emergency_card_names_every_emergency_sign()
    {
        var card = Parse("red-flags").Descendants<CustomContainer>().Single(c => c.Info == "emergency");
        var text = string.Join(" ", card.Descendants<ParagraphBlock>().Select(p => InlineText.Of(p.Inline))).ToLowerInvariant();
        foreach (var sign in new[] { "bladder", "bowel", "saddle", "erection", "ejaculat", "both legs", "weak", "injury", "tingling", "foot", "not normal for you", "999", "911", "112", "000" })
        {
            Assert.Contains(sign, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Red_flags_keeps_the_cauda_equina_section_clinicians_link_to()
    {
        var headings = Parse("red-flags").Descendants<HeadingBlock>().Select(h => InlineText.Of(h.Inline));
        Assert.Contains("Cauda equina syndrome", headings);
    }

    [Theory]
    [MemberData(nameof(AllSlugs))]
    public void No_article_advises_bed_rest(string slug)
    {
        foreach (var sentence in Sentences(Parse(slug)).Where(s => BedRest().IsMatch(s)))
        {
            Assert.Matches(Negation(), sentence);
        }
    }

    [Theory]
    [MemberData(nameof(AllSlugs))]
    public void No_article_recommends_what_NICE_says_not_to_offer(string slug) =>
        AssertEveryParagraphNaming(NotToOffer(), slug, Negation());

    /// <summary>A paragraph naming a treatment NICE advises against must say so; a list item may take
    /// its "not" from the paragraph that introduces the list.</summary>
    private static void AssertEveryParagraphNaming(Regex treatment, string slug, Regex caution)
    {
        foreach (var paragraph in Parse(slug).Descendants<ParagraphBlock>())
        {
            var text = InlineText.Of(paragraph.Inline).ToLowerInvariant();
            if (treatment.IsMatch(text))
            {
                Assert.Matches(caution, text + " " + ListIntroduction(paragraph));
            }
        }
    }

    [Fact]
    public void Medicines_page_names_every_medicine_group_NICE_advises_against_for_sciatica()
    {
        var text = string.Join(" ", Sentences(Parse("medicines")));
        foreach (var group in new[] { "gabapentinoid", "antiepileptic", "oral corticosteroid", "benzodiazepine", "opioid" })
        {
            Assert.Contains(group, text, StringComparison.Ordinal);
        }
    }

    private static string ListIntroduction(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not ListItemBlock { Parent: ListBlock list } || list.Parent is not { } container)
        {
            return "";
        }

        var index = container.IndexOf(list);
        return index > 0 && container[index - 1] is ParagraphBlock intro ? InlineText.Of(intro.Inline).ToLowerInvariant() : "";
    }

    [Fact]
    public void Imaging_keeps_the_not_routinely_guidance() =>
        Assert.Contains(Sentences(Parse("imaging")), s => s.Contains("not routinely", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(SlugsOtherThanRedFlags))]
    public void Every_article_links_to_the_red_flags_page(string slug) =>
        Assert.Contains(Parse(slug).Descendants<LinkInline>(), l => l.Url?.StartsWith("/red-flags", StringComparison.Ordinal) == true);

    [Theory]
    [MemberData(nameof(AllSlugs))]
    public void Every_article_says_it_is_education_not_personal_advice(string slug)
    {
        var notes = Parse(slug).Descendants<CustomContainer>().Where(c => c.Info == "note");
        Assert.Contains(notes, n => n.Descendants<ParagraphBlock>().Any(p => InlineText.Of(p.Inline).Contains("not personal medical advice", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [MemberData(nameof(AllSlugs))]
    public void Next_review_is_due_within_a_year(string slug)
    {
        var front = Snapshot.Find(slug)!.FrontMatter;
        Assert.InRange(front.NextReview, front.Updated.AddDays(1), front.Updated.AddYears(1));
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"bed ?rest|rest in bed|stay(ing)? in bed")]
    private static partial Regex BedRest();

    [GeneratedRegex(@"\b(acupuncture|tens|ultrasound therapy|electrotherap\w*|traction|belts?|corsets?|orthotics?)\b")]
    private static partial Regex NotToOffer();

    [GeneratedRegex(@"\b(not|no|don't|doesn't|never|avoid)\b")]
    private static partial Regex Negation();
}
