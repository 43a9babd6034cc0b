namespace Sciatica.Content.Codes;

/// <summary>
/// One code of <c>codes.yaml</c>: the condition's name as the official list gives it (<see cref="Display"/>), the
/// edition read and the address it was read on, so anyone can check it.
/// </summary>
public sealed record DiagnosisCode(CodeSystem System, string Code, string Display, string Edition, string Source, int Line, int Column)
{
    public string Key { get; } = System.Key(Code);

    public override string ToString() => $"{System.Name} {Code}";
}

/// <summary>A code a page's front matter declares, where it is written.</summary>
public sealed record DeclaredCode(CodeSystem System, string Code, int Line, int Column)
{
    public override string ToString() => $"{System.Name} {Code}";
}
