namespace Sciatica.Content.Diagnostics;

/// <summary>Every diagnostic code; content/README.md documents what each means and how to fix it.</summary>
public static class DiagnosticCodes
{
    public const string ClaimWithoutCitation = "SCI001";
    public const string UnknownReference = "SCI002";
    public const string CommercialOnlyClaim = "SCI003";
    public const string UnreadableFile = "SCI010";
    public const string InvalidFrontMatter = "SCI011";
    public const string MissingFrontMatterField = "SCI012";
    public const string BadFrontMatterValue = "SCI013";
    public const string UnknownFrontMatterKey = "SCI014";
    public const string ReviewDatesOutOfOrder = "SCI015";
    public const string BadSlug = "SCI016";
    public const string DuplicateOrder = "SCI017";
    public const string NestedTooDeeply = "SCI018";
    public const string HalfAReview = "SCI019";
    public const string RegistryUnreadable = "SCI020";
    public const string RegistryEntryIncomplete = "SCI021";
    public const string DuplicateReferenceId = "SCI022";
    public const string UnknownEvidence = "SCI023";
    public const string UncitedReference = "SCI024";
    public const string BadDoi = "SCI025";
    public const string BadPmid = "SCI026";
    public const string BadUrl = "SCI027";
    public const string UnsafeLink = "SCI030";
    public const string BrokenLink = "SCI031";
    public const string BrokenAnchor = "SCI032";
    public const string HardToRead = "SCI040";
    public const string ReviewOverdue = "SCI050";
    public const string ChangedSinceReview = "SCI051";
    public const string ReviewedTextChanged = "SCI052";
    public const string SourceNotRead = "SCI060";
    public const string IncompleteFinding = "SCI061";
    public const string DuplicateFinding = "SCI062";
    public const string UncitedFinding = "SCI063";
    public const string CitationWithoutLocator = "SCI064";
    public const string UnknownLocator = "SCI065";
    public const string NumberNotInFindings = "SCI066";
    public const string BadIconArray = "SCI090";
    public const string IconArrayNotInFinding = "SCI091";
    public const string OptionGridMissingAnswer = "SCI092";
    public const string OptionGridUncitedAnswer = "SCI093";
    public const string BadFormBlock = "SCI094";
    public const string UnknownBlock = "SCI070";
    public const string BlockIncludesItself = "SCI071";
    public const string UnusedBlock = "SCI072";
    public const string ImportFileInvalid = "SCI080";
    public const string ImportWorkWithoutTitle = "SCI081";
    public const string UnknownDiagnosisCode = "SCI095";
    public const string UnusedDiagnosisCode = "SCI096";
    public const string BadDiagnosisCode = "SCI097";
}
