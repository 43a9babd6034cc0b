using Sciatica.Content;

namespace Sciatica.TestSupport;

/// <summary>A throw-away content folder with the test registry and articles, deleted after the test.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        File.WriteAllText(Path.Combine(Root, "references.yaml"), ContentAssert.RegistryYaml);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sciatica-" + Guid.NewGuid().ToString("N"));

    public static string Article(string title, int order, string body = "A claim [@guide, rec. 1.1.4].") =>
        $"---\ntitle: {title}\nsummary: About {title}.\norder: {order}\nupdated: 2026-11-24\nnext-review: 2027-11-24\n---\n\n{body}\n";

    public string Write(string slug, string text)
    {
        var path = Path.Combine(Root, "articles", slug + ".md");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes <c>articles/{slug}.md</c> titled "Article {slug}" (body from line 10), with extra front matter lines if given.</summary>
    public string WriteArticle(string slug, string body, int order = 1, string nextReview = "2099-01-01", string extraFrontMatter = "") =>
        Write(slug, $"---\ntitle: Article {slug}\nsummary: About {slug}.\norder: {order}\nupdated: 2026-01-01\nnext-review: {nextReview}\n{extraFrontMatter}\n---\n\n{body}\n");

    /// <summary>Writes <c>about.md</c>, the About page (body from line 8, pushed down by extra front matter lines, each ending in a line break).</summary>
    public string WriteAbout(string body, string extraFrontMatter = "")
    {
        var path = Path.Combine(Root, ContentSnapshot.AboutFile);
        File.WriteAllText(path, $"---\ntitle: About this information\nsummary: How this site is made.\nupdated: 2026-01-01\nnext-review: 2099-01-01\n{extraFrontMatter}---\n\n{body}\n");
        return path;
    }

    /// <summary>Writes <c>blocks/{name}</c>, a shared block articles place with <c>--8&lt;-- "{name}"</c>.</summary>
    public void WriteBlock(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(Root, "blocks"));
        File.WriteAllText(Path.Combine(Root, "blocks", name), text);
    }

    /// <summary>How diagnostics name a file of this folder (it lies outside the working folder, so by the folder's own name).</summary>
    public string Shown(string relative) => Path.Combine(Path.GetFileName(Root), relative);

    public ContentSnapshot Load(TimeProvider? clock = null) => ContentSnapshot.Load(Root, clock ?? TestClock.Fixed());

    public void WriteBytes(string slug, byte[] bytes) => File.WriteAllBytes(Path.Combine(Root, "articles", slug + ".md"), bytes);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
