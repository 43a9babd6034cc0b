namespace Sciatica.Content.References;

/// <summary>What kind of work a source is; it decides what the source may support (see content/README.md).</summary>
public enum Evidence
{
    Guideline,
    SystematicReview,
    RandomisedTrial,
    Cohort,
    Review,
    PatientInformation,
    Commercial,
}

public static class EvidenceNames
{
    private static readonly Dictionary<string, Evidence> ByName = new(StringComparer.Ordinal)
    {
        ["guideline"] = Evidence.Guideline,
        ["systematic-review"] = Evidence.SystematicReview,
        ["randomised-trial"] = Evidence.RandomisedTrial,
        ["cohort"] = Evidence.Cohort,
        ["review"] = Evidence.Review,
        ["patient-information"] = Evidence.PatientInformation,
        ["commercial"] = Evidence.Commercial,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static bool TryParse(string name, out Evidence evidence) => ByName.TryGetValue(name, out evidence);

    /// <summary>The label readers see beside a reference.</summary>
    public static string Label(this Evidence evidence) => evidence switch
    {
        Evidence.Guideline => "Clinical guideline",
        Evidence.SystematicReview => "Systematic review",
        Evidence.RandomisedTrial => "Randomised trial",
        Evidence.Cohort => "Cohort study",
        Evidence.Review => "Review article",
        Evidence.PatientInformation => "Patient information",
        _ => "Commercial source",
    };
}
