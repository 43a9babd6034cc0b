namespace Sciatica.Content;

/// <summary>Finds the repository's <c>content/</c> folder, so the site and the CLI work from any folder in the repo.</summary>
public static class ContentLocator
{
    public const string SolutionFile = "Sciatica.sln";

    /// <summary>The nearest <c>content/</c> beside <c>Sciatica.sln</c> above the working folder or the program; else <c>./content</c>.</summary>
    public static string DefaultRoot() =>
        RepositoryRoot() is { } repository ? Path.Combine(repository, "content") : Path.GetFullPath("content");

    /// <summary>The nearest folder holding <c>Sciatica.sln</c> above the working folder or the program, if any.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="root"/> is a repository's own <c>content/</c> (beside <c>Sciatica.sln</c>), whatever the working folder.</summary>
    public static bool IsRepositoryContent(string root)
    {
        var folder = new DirectoryInfo(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));
        return folder.Name == "content" && folder.Parent is { } parent && File.Exists(Path.Combine(parent.FullName, SolutionFile));
    }
}
