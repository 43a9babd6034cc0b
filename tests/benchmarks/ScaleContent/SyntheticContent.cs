using System.Globalization;
using System.Text;

namespace ScaleContent;

/// <summary>
/// Writes a content folder of N synthetic articles shaped like the real ones: front matter, a note, headings,
/// cited paragraphs and lists (each citation naming the source's one finding), a table, links with anchors to the
/// previous article, and a registry that grows with N. Deterministic (fixed seed), so runs compare. Article 0 is <c>red-flags</c>, which every page links to.
/// </summary>
public static class SyntheticContent
{
    private static readonly string[] Words =
        "pain leg back nerve walk move rest help most people weeks months scan doctor sleep sit stand work often may can will get better slowly each day short gentle".Split(' ');

    public static void Write(string root, int count)
    {
        var articles = Path.Combine(root, "articles");
        Directory.CreateDirectory(articles);
        var references = Math.Max(10, count / 5);
        File.WriteAllText(Path.Combine(root, "references.yaml"), Registry(references));
        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(articles, Slug(i) + ".md"), Article(i, references, random));
        }
    }

    private static string Slug(int i) => i == 0 ? "red-flags" : string.Create(CultureInfo.InvariantCulture, $"topic-{i:D4}");

    private static string Registry(int count)
    {
        var yaml = new StringBuilder("references:\n");
        for (var r = 0; r < count; r++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                  - id: source-{r}
                    type: article-journal
                    title: A study of sciatica number {r}
                    author: [{"{"}family: Author{r}, given: Alex{"}"}]
                    container-title: Journal of Spine Care
                    volume: {1 + (r % 40)}
                    page: {r}-{r + 9}
                    issued: {"{"}date-parts: [[{2000 + (r % 25)}]]{"}"}
                    DOI: 10.1000/spine.{r}
                    PMID: {10000000 + r}
                    evidence: {(r % 3 == 0 ? "guideline" : "review")}
                    read: abstract
                    findings:
                      - at: abstract
                        says: Walking and gentle movement helped most people in the study.

                """);
        }

        return yaml.ToString();
    }

    private static string Article(int i, int references, Random random)
    {
        string Cite() => $"[@source-{random.Next(references)}, abstract]";
        string Sentence() => string.Join(' ', Enumerable.Range(0, random.Next(6, 13)).Select(_ => Words[random.Next(Words.Length)])) + ".";
        string Paragraph() => string.Join(' ', Enumerable.Range(0, random.Next(3, 6)).Select(_ => Sentence())) + $" {Cite()}";

        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""
            ---
            title: Topic number {i}
            summary: A synthetic article for the scale benchmark, number {i}.
            order: {i + 1}
            updated: 2026-11-01
            next-review: 2027-11-01
            changes: First published.
            ---

            ::: note
            {Sentence()}
            :::

            """);
        for (var section = 1; section <= 5; section++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## Section {section} of topic {i}\n\n{Paragraph()}\n\n{Paragraph()}\n\nThese points matter {Cite()}:\n\n");
            for (var item = 0; item < 3; item++)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {Sentence()} {Cite()}\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"\n| what | how often |\n|---|---|\n| {Sentence()} | {Sentence()} {Cite()} |\n");
        if (i > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nRead [the section before](/{Slug(i - 1)}#section-2-of-topic-{i - 1}) and [the sources](/references) {Cite()}.\n");
        }

        return text.ToString();
    }
}
