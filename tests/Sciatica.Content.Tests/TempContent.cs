namespace Sciatica.Content.Tests;

/// <summary>A content folder on disk for one test (articles plus the <see cref="ContentAssert"/> registry), deleted afterwards.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent(string registry = ContentAssert.RegistryYaml)
    {
        Root = Path.Combine(Path.GetTempPath(), "sciatica-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        File.WriteAllText(Path.Combine(Root, "references.yaml"), registry);
    }

    public string Root { get; }

    /// <summary>Writes <c>articles/{slug}.md</c> with valid front matter (plus <paramref name="extraFrontMatter"/> lines) and the body.</summary>
    public string Article(string slug, string body, int order = 1, string nextReview = "2099-01-01", string extraFrontMatter = "")
    {
        var path = Path.Combine(Root, "articles", slug + ".md");
        File.WriteAllText(path, $"""
            ---
            title: Article {slug}
            summary: About {slug}.
            order: {order}
            reviewed: 2026-01-01
            next-review: {nextReview}
            {extraFrontMatter}
            ---

            {body}

            """);
        return path;
    }

    public ContentSnapshot Load(DateOnly? today = null) => ContentSnapshot.Load(Root, today: today);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
