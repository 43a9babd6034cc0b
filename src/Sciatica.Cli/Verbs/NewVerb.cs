using Sciatica.Content;
using Sciatica.Content.Articles;
using Sciatica.Content.Governance;

namespace Sciatica.Cli.Verbs;

/// <summary><c>new &lt;slug&gt; --title "…"</c>: writes a draft article scaffold as <c>articles/&lt;slug&gt;.md</c>.</summary>
public static class NewVerb
{
    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        if (options.Arguments is not [var slug])
        {
            return Usage(error, "new needs exactly one slug, e.g.: new leg-exercises --title \"Exercises for your legs\"");
        }

        if (!Slugs.IsValid(slug))
        {
            return Usage(error, $"'{slug}' is not a valid slug: use lower-case letters, digits and single hyphens (it becomes the URL /{slug})");
        }

        if (string.IsNullOrWhiteSpace(options.Title) || options.Title.Length > FrontMatterReader.MaxTitleLength)
        {
            return Usage(error, $"new needs --title \"…\" of 1 to {FrontMatterReader.MaxTitleLength} characters");
        }

        var folder = Path.Combine(options.ContentRoot, ContentSnapshot.ArticlesFolder);
        if (!Directory.Exists(folder))
        {
            return Usage(error, $"{folder} is not a folder; pass --content DIR with the folder that holds articles/");
        }

        var path = Path.Combine(folder, slug + ".md");
        if (File.Exists(path))
        {
            return Usage(error, $"{path} already exists; pick another slug or edit that file");
        }

        var snapshot = ContentSnapshot.Load(options.ContentRoot, TimeProvider.System);
        var order = ReviewSchedule.NextFreeOrder(snapshot.Files.Select(f => f.Article).OfType<Article>());
        File.WriteAllText(path, ArticleScaffold.For(options.Title.Trim(), DateOnly.FromDateTime(DateTime.Now), order));
        output.WriteLine($"created {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)} (a draft, order {order})");
        var content = options.ContentRoot == ContentLocator.DefaultRoot() ? "" : $" --content {options.ContentRoot}";
        output.WriteLine($"next: write it, cite each claim, then run: dotnet run --project src/Sciatica.Cli -- check{content}");
        return CommandLine.Ok;
    }

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine(message);
        return CommandLine.Usage;
    }
}
