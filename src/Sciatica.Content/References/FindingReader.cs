using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace Sciatica.Content.References;

/// <summary>Reads an entry's <c>read</c> and <c>findings</c>, reporting each problem at its own line and column.</summary>
public static class FindingReader
{
    public static string? ReadRead(YamlMappingNode entry, string label, DiagnosticBag diagnostics)
    {
        var node = entry.Child("read");
        var read = node.Scalar()?.Trim();
        if (string.IsNullOrEmpty(read))
        {
            var at = node ?? entry;
            diagnostics.Report(RegistryRules.ReferenceNotRead, at.Line(), at.Column(),
                $"{label} has no 'read': say in one line what of the work was read (\"abstract\", \"full text\", \"recs 1.1.1 to 1.3.6\")");
            return null;
        }

        return read;
    }

    public static List<Finding> ReadFindings(YamlMappingNode entry, string label, DiagnosticBag diagnostics)
    {
        var findings = new List<Finding>();
        switch (entry.Child("findings"))
        {
            case null:
                return findings;
            case YamlSequenceNode list:
                foreach (var node in list)
                {
                    if (ReadFinding(node, label, diagnostics) is not { } finding)
                    {
                        continue;
                    }

                    if (findings.Find(f => f.Key == finding.Key) is { } first)
                    {
                        diagnostics.Report(RegistryRules.DuplicateFinding, finding.Line, finding.Column,
                            $"{label} has two findings at '{finding.At}' (the first on line {first.Line}); a locator must name exactly one");
                        continue;
                    }

                    findings.Add(finding);
                }

                return findings;
            case var other:
                diagnostics.Report(RegistryRules.IncompleteFinding, other.Line(), other.Column(),
                    $"{label}: 'findings' must be a list of '- at: …' / '  says: …' entries");
                return findings;
        }
    }

    private static Finding? ReadFinding(YamlNode node, string label, DiagnosticBag diagnostics)
    {
        var (line, column) = (node.Line(), node.Column());
        var map = node as YamlMappingNode;
        var at = map?.Child("at").Scalar()?.Trim();
        var says = map?.Child("says").Scalar()?.Trim();
        if (string.IsNullOrEmpty(at))
        {
            var alsoSays = string.IsNullOrEmpty(says) ? ", and in 'says' what the work says there, in your own words" : "";
            diagnostics.Report(RegistryRules.IncompleteFinding, line, column,
                $"{label} has a finding without 'at': name the place in the work (\"rec. 1.1.4\", \"abstract: results\", \"p. 1315\"){alsoSays}");
            return null;
        }

        if (string.IsNullOrEmpty(says))
        {
            var where = map!.Child("says") ?? node;
            diagnostics.Report(RegistryRules.IncompleteFinding, where.Line(), where.Column(),
                $"{label}, finding at '{at}', has an empty 'says': write what the work says there, in your own words");
            return null;
        }

        return new Finding(at, says, line, column);
    }
}
