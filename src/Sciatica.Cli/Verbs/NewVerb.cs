using System.CommandLine;
using Sciatica.Content;
using Sciatica.Content.Articles;
using Sciatica.Content.Governance;

namespace Sciatica.Cli.Verbs;

/// <summary><c>new &lt;slug&gt; --title "…"</c>: writes a draft article scaffold as <c>articles/&lt;slug&gt;.md</c>.</summary>
public static class NewVerb
{
    public static Command Create(CliContext cli)
    {
        var slug = new Argument<string>("slug") { Description = "The page's address, /slug: lower-case letters, digits and single hyphens" };
        var title = new Option<string>("--title") { Description = "The article's title, in quotes", Required = true };
        var command = new Command("new", "Write articles/<slug>.md: a draft with valid front matter and a body to fill in") { slug, title };
        command.SetAction(result => Run(cli, cli.ContentRoot(result), result.GetRequiredValue(slug), result.GetRequiredValue(title)));
        return command;
    }

    private static int Run(CliContext cli, string contentRoot, string slug, string title)
    {
        if (!Slugs.IsValid(slug))
        {
            return cli.UsageError($"'{slug}' is not a valid slug: use lower-case letters, digits and single hyphens (it becomes the URL /{slug})");
        }

        if (SitePages.IsTaken(slug))
        {
            return cli.UsageError($"'{slug}' is taken: {SitePages.TakenBecause(slug)}; pick another slug");
        }

        if (string.IsNullOrWhiteSpace(title) || title.Length > FrontMatterReader.MaxTitleLength)
        {
            return cli.UsageError($"new needs --title \"…\" of 1 to {FrontMatterReader.MaxTitleLength} characters");
        }

        var folder = Path.Combine(contentRoot, ContentSnapshot.ArticlesFolder);
        if (!Directory.Exists(folder))
        {
            return cli.UsageError($"{folder} is not a folder; pass --content DIR with the folder that holds articles/");
        }

        var path = Path.Combine(folder, slug + ".md");
        if (File.Exists(path))
        {
            return cli.UsageError($"{path} already exists; pick another slug or edit that file");
        }

        var snapshot = ContentSnapshot.Load(contentRoot, cli.Clock);
        var order = ReviewSchedule.NextFreeOrder(snapshot.Files.Select(f => f.Article).OfType<Article>());
        // The first finding in the registry: the example is a citation that really passes check here.
        var example = snapshot.Registry.All.FirstOrDefault(r => r.Findings.Count > 0) is { } reference
            ? reference.CitationOf(reference.Findings[0])
            : "[@id, at]";
        File.WriteAllText(path, ArticleScaffold.For(title.Trim(), cli.Clock.Today(), order, example));
        cli.Output.WriteLine($"created {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)} (a draft, order {order})");
        var content = contentRoot == ContentLocator.DefaultRoot() ? "" : $" --content {contentRoot}";
        cli.Output.WriteLine($"next: write it, cite each claim, then run: {CommandLine.Name} check{content}");
        return CommandLine.Ok;
    }
}
