using System.CommandLine;
using Sciatica.Content;
using Sciatica.Content.Articles;
using Sciatica.Content.Governance;

namespace Sciatica.Cli.Verbs;

/// <summary>
/// <c>review SLUG --by "Name, role"</c>: records a clinician's review of a page as it is now (its text, the blocks it
/// places, the findings it cites), so the site can tell readers when the page changes afterwards. Writing to the
/// repository's own <c>content/</c> needs <c>--confirm-real-review</c>: a review is never claimed by accident.
/// </summary>
public static class ReviewVerb
{
    public const string ConfirmOption = "--confirm-real-review";

    public static Command Create(CliContext cli)
    {
        var slug = new Argument<string>("slug") { Description = "The page reviewed: its slug (articles/<slug>.md), or 'about' for the About page" };
        var by = new Option<string>("--by") { Description = "The reviewing clinician's name and role, separated by a comma: \"Dr Ada Testperson, GP\"", Required = true };
        var confirm = new Option<bool>(ConfirmOption) { Description = "Confirms the review really happened; needed to write to the repository's own content/" };
        var command = new Command("review", "Record a clinician's review of a page: reviewed, reviewed-by and a fingerprint of what was reviewed") { slug, by, confirm };
        command.SetAction(result => Run(cli, cli.ContentRoot(result), result.GetRequiredValue(slug), result.GetRequiredValue(by).Trim(), result.GetValue(confirm)));
        return command;
    }

    private static int Run(CliContext cli, string contentRoot, string slug, string by, bool confirmed)
    {
        var comma = by.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || comma == by.Length - 1 || by.Length > FrontMatterReader.MaxTitleLength)
        {
            return cli.UsageError($"--by is the reviewer's name and role separated by a comma, at most {FrontMatterReader.MaxTitleLength} characters: --by \"Dr Ada Testperson, GP\"");
        }

        if (ContentLocator.IsRepositoryContent(contentRoot) && !confirmed)
        {
            return cli.UsageError($"{contentRoot} is the repository's own content: a review recorded there is published as real. "
                + $"Add {ConfirmOption} only if {by[..comma]} really reviewed '{slug}'; to try the command, pass --content with a copy of the folder");
        }

        var path = slug == "about" ? Path.Combine(contentRoot, ContentSnapshot.AboutFile) : Path.Combine(contentRoot, ContentSnapshot.ArticlesFolder, slug + ".md");
        if (!Slugs.IsValid(slug) || !File.Exists(path))
        {
            return cli.UsageError($"there is no page '{slug}' in {contentRoot} (looked for {path})");
        }

        var snapshot = ContentSnapshot.Load(contentRoot, cli.Clock);
        var file = snapshot.Files.First(f => ContentSnapshot.FullPath(contentRoot, f.SourcePath) == Path.GetFullPath(path));
        if (file.HasErrors)
        {
            foreach (var diagnostic in file.Diagnostics.Where(d => d.IsError))
            {
                cli.Error.WriteLine(diagnostic);
            }

            cli.Error.WriteLine($"'{slug}' has errors; fix them (run check) before recording a review of it");
            return CommandLine.ContentErrors;
        }

        var fingerprint = file.Article!.Review.Current;
        var today = cli.Clock.Today();
        File.WriteAllText(path, ReviewRecord.Write(File.ReadAllText(path), today, by, fingerprint));
        var blocks = fingerprint.Parts.Keys.Count(k => k.EndsWith(".md", StringComparison.Ordinal));
        var findings = fingerprint.Parts.Count - blocks - 1;
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), path) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : path;
        cli.Output.WriteLine($"recorded the review of {shown} by {by} on {today:yyyy-MM-dd}: the text, {blocks} shared block(s) and {findings} cited finding(s)");
        cli.Output.WriteLine("any later change to them shows on the page as \"changed since\" and in check as SCI051, until the change is reviewed");
        return CommandLine.Ok;
    }
}
