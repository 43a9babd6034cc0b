using System.Diagnostics;
using Sciatica.Content.Articles;
using Sciatica.Content.Blocks;
using Sciatica.Content.References;
using Sciatica.Content.Rendering;

namespace Sciatica.Content.Tests.Rendering;

/// <summary>Input built to crash a parser ends as a diagnostic; the process survives (a stack overflow would end the test run).</summary>
public class PathologicalInputTests
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "10,000 nested quotes", new string('>', 10_000) + " deep" },
        { "10,000 nested quotes with spaces", string.Concat(Enumerable.Repeat("> ", 10_000)) + "deep" },
        { "10,000 nested list markers", string.Concat(Enumerable.Repeat("- ", 10_000)) + "deep" },
        { "10,000 nested ordered lists", string.Concat(Enumerable.Repeat("1. ", 10_000)) + "deep" },
        { "1,000 lists nested by indentation", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- item\n")) },
        { "10,000 nested links", string.Concat(Enumerable.Repeat("[a", 10_000)) + string.Concat(Enumerable.Repeat("](b)", 10_000)) },
        { "100,000 open brackets", new string('[', 100_000) },
        { "5,000 nested emphasis", string.Concat(Enumerable.Repeat("*_", 5_000)) + "x" + string.Concat(Enumerable.Repeat("_*", 5_000)) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Deep_nesting_is_refused_with_a_diagnostic(string name, string body)
    {
        var article = ContentAssert.File(body);
        var error = Assert.Single(article.Diagnostics, d => d.Code == "SCI018");
        Assert.True(error.IsError, name);
        Assert.True(article.HasErrors);
    }

    [Fact]
    public void Hundred_thousand_unmatched_stars_finish_in_bounded_time()
    {
        var watch = Stopwatch.StartNew();
        var article = ContentAssert.File(string.Concat(Enumerable.Repeat("word *", 100_000)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.NotEmpty(article.Diagnostics);
    }

    [Fact]
    public void Ordinary_nesting_is_accepted()
    {
        var body = "> Quoted [@guide, rec. 1.1.4].\n\n- one [@guide, rec. 1.1.4]:\n  - two\n    - three\n\n1. first [@guide, rec. 1.1.4]\n2. second [@guide, rec. 1.1.4]\n\n[a [link] inside](/red-flags) [@guide, rec. 1.1.4].";
        Assert.DoesNotContain(ContentAssert.File(body).Diagnostics, d => d.Code == "SCI018");
        Assert.True(NestingDepth.Deepest(body).Depth < NestingDepth.Max);
    }

    [Fact]
    public void A_20_MB_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.md");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(20 * 1024 * 1024);
            }

            var article = ArticleLoader.Load(path, "huge.md", ReferenceRegistry.Empty, BlockLibrary.Empty);
            var error = Assert.Single(article.Diagnostics);
            Assert.Equal("SCI010", error.Code);
            Assert.Contains("limited to 1,048,576", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
