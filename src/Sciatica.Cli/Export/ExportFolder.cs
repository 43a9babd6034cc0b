namespace Sciatica.Cli.Export;

/// <summary>An export goes into a new or empty folder, or replaces an earlier export; it never deletes anything else.</summary>
public static class ExportFolder
{
    public static bool Prepare(string folder, TextWriter error)
    {
        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.CreateDirectory(folder);
            return true;
        }

        if (!File.Exists(Path.Combine(folder, "index.html")) || !File.Exists(Path.Combine(folder, ExportPaths.NotFoundPage)))
        {
            error.WriteLine($"{folder} is not empty and does not look like an earlier export; choose an empty folder");
            return false;
        }

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo directory)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }

        return true;
    }
}
