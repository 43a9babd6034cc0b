namespace Sciatica.Cli.Tests.Published;

/// <summary>A small site (two linked articles, a draft, the red-flags page every banner links to, the About page every footer links to) and a folder to export it to.</summary>
public sealed class FourArticleExport : IDisposable
{
    public const string BaseUrl = "https://sciatica.test";

    public TempContent Content { get; } = WithFourArticles();

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "sciatica-export-" + Guid.NewGuid().ToString("N"));

    /// <summary>Runs <c>export</c> of <see cref="Content"/> into <see cref="Output"/>, in process (<see cref="Cli"/>).</summary>
    public Task<(int ExitCode, string Output, string Error)> RunAsync() => Cli.RunAsync("export", Output, "--base-url", BaseUrl, "--content", Content.Root);

    /// <summary>The site URL an exported file answers: <c>walking/index.html</c> is <c>/walking</c>.</summary>
    public static string UrlOf(string file) =>
        file == "index.html" ? "/" : "/" + (file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"/index.html".Length] : file);

    public void Dispose()
    {
        Content.Dispose();
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }

    private static TempContent WithFourArticles()
    {
        var content = new TempContent();
        content.WriteArticle("walking", "## Why walking helps\n\nWalking helps [@guide, rec. 1.1.4]. See [the signs](/signs#when-to-get-help) [@second, abstract].", order: 1);
        content.WriteArticle("signs", "## When to get help\n\nGet help for these [@guide, rec. 1.1.4]. Back to [walking](/walking) or [sources](/references#guide) [@guide, rec. 1.1.4].", order: 2);
        content.WriteArticle("plan", "A draft claim [@guide, rec. 1.1.4].", order: 3, extraFrontMatter: "draft: true");
        content.WriteArticle("red-flags", "Emergency signs [@guide, rec. 1.1.4].", order: 4); // every page's emergency banner links here
        content.WriteAbout("The site's editorial team writes every page."); // every page's footer links here
        return content;
    }
}
