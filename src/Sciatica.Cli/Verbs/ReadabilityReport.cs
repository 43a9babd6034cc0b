using System.Globalization;
using Sciatica.Content;

namespace Sciatica.Cli.Verbs;

/// <summary>The per-article table reviewers read: size, claims, citations, notes, reading level, review due.</summary>
public static class ReadabilityReport
{
    public static void Write(ContentSnapshot snapshot, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"article",-24} {"words",6} {"claims",6} {"cites",6} {"notes",5} {"FK",5} {"SMOG",5}  review due");
        foreach (var file in snapshot.Files)
        {
            var r = file.Readability;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file.Slug,-24} {r.Words,6} {file.ClaimCount,6} {file.CitationCount,6} {file.NoteCount,5} {r.FleschKincaidGrade,5:0.0} {r.Smog,5:0.0}  {file.Article?.FrontMatter.NextReview:yyyy-MM-dd}"));
        }

        output.WriteLine();
    }
}
