namespace Sciatica.Content.Tests;

/// <summary>A throw-away content folder with the test registry and articles, deleted after the test.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        File.WriteAllText(Path.Combine(Root, "references.yaml"), ContentAssert.RegistryYaml);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sciatica-" + Guid.NewGuid().ToString("N"));

    public static string Article(string title, int order, string body = "A claim [@guide].") =>
        $"---\ntitle: {title}\nsummary: About {title}.\norder: {order}\nreviewed: 2026-11-24\nnext-review: 2027-11-24\n---\n\n{body}\n";

    public string Write(string slug, string text)
    {
        var path = Path.Combine(Root, "articles", slug + ".md");
        File.WriteAllText(path, text);
        return path;
    }

    public void WriteBytes(string slug, byte[] bytes) => File.WriteAllBytes(Path.Combine(Root, "articles", slug + ".md"), bytes);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
