using System.CommandLine;
using Sciatica.Cli.Import;
using Sciatica.Content;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Cli.Verbs;

/// <summary>
/// <c>import-references FILE.json</c>: appends each new reference of a CSL-JSON export to <c>references.yaml</c> as text,
/// in the file's own style, leaving its comments and order as they were. References the registry has are skipped and
/// named. Any problem in the export (invalid JSON, a reference with no title) changes nothing and exits 1.
/// </summary>
public static class ImportReferencesVerb
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSL-JSON export (Zotero: Export Collection → CSL JSON; Pandoc: --to csljson)" };
        file.AcceptExistingOnly();
        var command = new Command("import-references", "Add the references of a CSL-JSON export to references.yaml, for you to fill in evidence, read and findings") { file };
        command.SetAction(result => Run(cli, cli.ContentRoot(result), result.GetRequiredValue(file)));
        return command;
    }

    private static int Run(CliContext cli, string contentRoot, FileInfo export)
    {
        var registryPath = Path.Combine(contentRoot, ContentSnapshot.RegistryFile);
        if (!File.Exists(registryPath))
        {
            return cli.UsageError($"{registryPath} does not exist; pass --content DIR with the folder that holds references.yaml");
        }

        var diagnostics = new DiagnosticBag(Path.GetRelativePath(Directory.GetCurrentDirectory(), export.FullName));
        var references = CslJsonReader.Read(File.ReadAllText(export.FullName), diagnostics);
        if (diagnostics.HasErrors)
        {
            foreach (var diagnostic in diagnostics.Items)
            {
                cli.Error.WriteLine(diagnostic);
            }

            cli.Error.WriteLine($"nothing imported: {registryPath} is unchanged");
            return CommandLine.ContentErrors;
        }

        var registry = RegistryFile.Read(File.ReadAllText(registryPath), out var problem);
        if (registry is null)
        {
            cli.Error.WriteLine($"{registryPath}:{problem}");
            return CommandLine.ContentErrors;
        }

        var outcomes = ReferenceImport.Plan(references, registry.References);
        var added = outcomes.Where(o => o.SkippedBecause is null).ToList();
        var text = string.Concat(added.Select(o =>
            ReferenceWriter.Write(o.Reference, o.Id, registry.Indent, export.Name, cli.Clock.Today(), registry.NewLine)));
        var updated = registry.With(text);
        if (RegistryFile.Read(updated, out _)?.References.Count != registry.References.Count + added.Count)
        {
            // A guard against a writer bug, never an editor's mistake: the file is left as it was.
            cli.Error.WriteLine($"nothing imported: the new references would not read back as {added.Count} references; {registryPath} is unchanged");
            return CommandLine.ContentErrors;
        }

        if (added.Count > 0)
        {
            WriteReplacing(registryPath, updated);
        }

        foreach (var outcome in outcomes)
        {
            cli.Output.WriteLine(outcome.SkippedBecause is { } why
                ? $"skipped {outcome.Reference.Title}: already in the registry as '{outcome.Id}' ({why})"
                : $"added '{outcome.Id}': {outcome.Reference.Title}");
        }

        cli.Output.WriteLine($"{added.Count} added, {outcomes.Count - added.Count} skipped");
        if (added.Count > 0)
        {
            cli.Output.WriteLine($"next: read each new reference, fill in its evidence, read and findings in {ContentSnapshot.RegistryFile}, then run check");
        }

        return CommandLine.Ok;
    }

    /// <summary>Writes beside the file, then swaps it in, so an interrupted import never leaves half a registry.</summary>
    private static void WriteReplacing(string path, string text)
    {
        var temporary = path + ".import";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
