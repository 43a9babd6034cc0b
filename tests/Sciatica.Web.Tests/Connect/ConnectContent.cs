namespace Sciatica.Web.Tests.Connect;

/// <summary>A content folder where one page declares a code in each system and another declares none.</summary>
public static class ConnectContent
{
    public const string CodesYaml = """
        codes:
          - system: icd-10
            code: M54.3
            display: Sciatica
            edition: Test edition
            source: https://example.org/icd-10/M54.3
          - system: icd-10-cm
            code: M54.3
            display: Sciatica
            edition: Test edition
            source: https://example.org/icd-10-cm/M54.3
          - system: snomed-ct
            code: "23056005"
            display: Sciatica
            edition: Test edition
            source: https://example.org/snomed/23056005
        """;

    public static TempContent Create()
    {
        var content = new TempContent();
        File.WriteAllText(Path.Combine(content.Root, "codes.yaml"), CodesYaml);
        content.WriteArticle("leg-pain", "Leg pain is common [@guide, rec. 1.1.4].", order: 1,
            extraFrontMatter: "codes:\n  icd-10: [M54.3]\n  icd-10-cm: [M54.3]\n  snomed-ct: [\"23056005\"]");
        content.WriteArticle("exercise", "Exercise helps [@guide, rec. 1.1.9].", order: 2);
        return content;
    }
}
