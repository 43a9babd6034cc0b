using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Reading;

/// <summary>What reading a page file can refuse before any rule runs: the file itself, its name, its nesting.</summary>
public static class PageFileRules
{
    public static readonly Rule UnreadableFile = new(
        "SCI010", nameof(UnreadableFile), Severity.Error, RuleScope.Reading,
        "The file cannot be read: not UTF-8, too big (over 1 MB) or unreadable",
        "Save it as UTF-8 text; split huge files");

    public static readonly Rule BadSlug = new(
        "SCI016", nameof(BadSlug), Severity.Error, RuleScope.Reading,
        "The file name is not a valid slug, or is one of the site's own addresses (`about`, `references`, `search`, `error`, `status`, `healthz`, `css`, `js`, `pagefind`, `connect`)",
        "Rename the file: lower-case letters, digits, single hyphens, `.md`");

    public static readonly Rule NestedTooDeeply = new(
        "SCI018", nameof(NestedTooDeeply), Severity.Error, RuleScope.Reading,
        "Quotes, lists, indentation or `[` brackets nest too deeply (see \"Limits\")",
        "Flatten the structure; articles rarely need more than three levels");
}
