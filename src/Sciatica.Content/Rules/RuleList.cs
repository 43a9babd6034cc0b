using Sciatica.Content.Rules.Page;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Rules.Site;

namespace Sciatica.Content.Rules;

/// <summary>
/// The one list of every rule <c>check</c> knows. The loader runs <see cref="PageRules"/> on each page file, the
/// snapshot runs <see cref="SiteRules"/> once over the content; <see cref="All"/> (with the rules readers report while
/// reading) is what the editor's guide, <c>check --explain</c> and SARIF are written from. To add a rule, see
/// docs/content-rules.md.
/// </summary>
public static class RuleList
{
    public static IReadOnlyList<IPageRule> PageRules { get; } =
    [
        new CitationsNameFindings(),
        new ClaimsAreCited(),
        new IconArraysAreHonest(),
        new OptionGridsAreComplete(),
        new FormBlocksAreUsable(),
        new LinksAreSafe(),
        new ReadingLevel(),
        new EmergencyNumbersGoTogether(),
        new AdvisedAgainstMedicines(),
        new CareCardsComeFromBlocks(),
        new EmergencySignsPlaceTheBox(),
        new BoxPointersMatchTheirBox(),
        new TierWordsKeepTheirTier(),
        new NoDoses(),
    ];

    public static IReadOnlyList<ISiteRule> SiteRules { get; } =
    [
        new LinksReachPages(),
        new ReferencesAreCited(),
        new AddressesAreCurrent(),
        new ReviewsAreDue(),
        new ReviewedTextIsShown(),
        new EvidenceIsCurrent(),
        new OrdersAreUnique(),
        new BlocksAreUsed(),
        new CodesAreListed(),
    ];

    /// <summary>Reported by the readers themselves (front matter, registry, blocks, the command line): nothing runs them separately.</summary>
    private static IEnumerable<Rule> ReportedWhileReading =>
    [
        PageFileRules.UnreadableFile, PageFileRules.BadSlug, PageFileRules.NestedTooDeeply,
        FrontMatterRules.InvalidFrontMatter, FrontMatterRules.MissingFrontMatterField, FrontMatterRules.BadFrontMatterValue,
        FrontMatterRules.UnknownFrontMatterKey, FrontMatterRules.ReviewDatesOutOfOrder, FrontMatterRules.HalfAReview,
        RegistryRules.RegistryUnreadable, RegistryRules.ReferenceIncomplete, RegistryRules.DuplicateReferenceId, RegistryRules.UnknownEvidence,
        RegistryRules.BadDoi, RegistryRules.BadPmid, RegistryRules.BadUrl, RegistryRules.BadAccessedDate, RegistryRules.ReferenceNotRead, RegistryRules.IncompleteFinding,
        RegistryRules.DuplicateFinding,
        BlockRules.UnknownBlock, BlockRules.BlockIncludesItself,
        SynonymRules.SynonymsInvalid, SynonymRules.DuplicateSynonym,
        CodeRules.BadDiagnosisCode,
        CommandRules.ContentFolderNotFound, CommandRules.ImportFileInvalid, CommandRules.ImportReferenceWithoutTitle,
    ];

    /// <summary>Every rule once, in code order (a check may also report another check's rule, as icon arrays report unsourced figures).</summary>
    public static IReadOnlyList<Rule> All { get; } =
        [.. ReportedWhileReading.Concat(PageRules.SelectMany(r => r.Reports)).Concat(SiteRules.SelectMany(r => r.Reports)).Distinct().OrderBy(r => r.Code, StringComparer.Ordinal)];

    public static Rule? Find(string code) => All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
