using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace Sciatica.Content.Codes;

/// <summary>
/// The diagnosis codes of <c>content/codes.yaml</c>: every code a page may declare, each with its display name, the
/// edition and the official list's address it was read on. Without the file no page may declare a code.
/// </summary>
public sealed class CodeList
{
    public const string File = "codes.yaml";

    /// <summary>A handful of codes per condition; beyond this the file is a mistake.</summary>
    public const int MaxBytes = 256 * 1024;

    private static readonly string[] Required = ["system", "code", "display", "edition", "source"];

    private CodeList(IReadOnlyList<DiagnosisCode> codes) => All = codes;

    public static CodeList Empty { get; } = new([]);

    /// <summary>In file order.</summary>
    public IReadOnlyList<DiagnosisCode> All { get; }

    public DiagnosisCode? Find(CodeSystem system, string code) =>
        All.FirstOrDefault(c => c.System == system && c.Key == system.Key(code));

    /// <summary>The declared codes a requested code finds (<see cref="CodeSystem.Finds"/>), most specific first.</summary>
    public IEnumerable<DiagnosisCode> Matching(CodeSystem system, string requested)
    {
        var key = system.Key(requested);
        return All.Where(c => c.System == system && system.Finds(key, c.Key)).OrderByDescending(c => c.Key.Length);
    }

    public static CodeList Load(string path, DiagnosticBag diagnostics)
    {
        if (!System.IO.File.Exists(path))
        {
            return Empty;
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            diagnostics.Report(CodeRules.BadDiagnosisCode, 1, 1, $"file is larger than {MaxBytes:N0} bytes");
            return Empty;
        }

        var root = YamlText.Parse(System.IO.File.ReadAllText(path), out var error);
        if (error is { } e)
        {
            diagnostics.Report(CodeRules.BadDiagnosisCode, e.Line, e.Column, $"invalid YAML: {e.Message}");
            return Empty;
        }

        if (root is not YamlMappingNode map || map.Child("codes") is not YamlSequenceNode list)
        {
            diagnostics.Report(CodeRules.BadDiagnosisCode, 1, 1, "expected a top-level 'codes:' list");
            return Empty;
        }

        var codes = new List<DiagnosisCode>();
        foreach (var node in list)
        {
            if (Read(node, diagnostics) is not { } code)
            {
                continue;
            }

            if (codes.Find(c => c.System == code.System && c.Key == code.Key) is { } first)
            {
                diagnostics.Report(CodeRules.BadDiagnosisCode, code.Line, code.Column, $"{code} is listed twice (first on line {first.Line})");
                continue;
            }

            codes.Add(code);
        }

        return new CodeList(codes);
    }

    private static DiagnosisCode? Read(YamlNode node, DiagnosticBag diagnostics)
    {
        var (line, column) = (node.Line(), node.Column());
        if (node is not YamlMappingNode entry)
        {
            diagnostics.Report(CodeRules.BadDiagnosisCode, line, column, "each code is a mapping: system, code, display, edition, source");
            return null;
        }

        var missing = Required.Where(k => string.IsNullOrWhiteSpace(entry.Child(k).Scalar())).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Report(CodeRules.BadDiagnosisCode, line, column, $"code entry is missing {string.Join(", ", missing)}");
            return null;
        }

        var systemNode = entry.Child("system")!;
        if (CodeSystem.Named(systemNode.Scalar()) is not { } system)
        {
            diagnostics.Report(CodeRules.BadDiagnosisCode, systemNode.Line(), systemNode.Column(),
                $"unknown code system '{systemNode.Scalar()}'; use one of: {string.Join(", ", CodeSystem.All.Select(s => s.Name))}");
            return null;
        }

        var codeNode = entry.Child("code")!;
        var code = codeNode.Scalar()!.Trim();
        if (!system.IsWellFormed(code))
        {
            diagnostics.Report(CodeRules.BadDiagnosisCode, codeNode.Line(), codeNode.Column(),
                $"'{code}' is not shaped like a code of {system.Title}: {system.ShapeHint}");
            return null;
        }

        var sourceNode = entry.Child("source")!;
        var source = sourceNode.Scalar()!.Trim();
        if (!Uri.TryCreate(source, UriKind.Absolute, out var address) || address.Scheme != Uri.UriSchemeHttps)
        {
            diagnostics.Report(CodeRules.BadDiagnosisCode, sourceNode.Line(), sourceNode.Column(),
                $"'source' must be the https:// address of the official list the code was read on");
            return null;
        }

        return new DiagnosisCode(system, code, entry.Child("display").Scalar()!.Trim(), entry.Child("edition").Scalar()!.Trim(), source, line, column);
    }
}
