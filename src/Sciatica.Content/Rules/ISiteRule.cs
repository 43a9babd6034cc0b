using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules;

/// <summary>A check across the whole content, run by <see cref="ContentSnapshot.Load"/> for every rule in <see cref="RuleList.SiteRules"/>.</summary>
public interface ISiteRule
{
    /// <summary>The rules this check reports; each diagnostic it returns has one of their codes.</summary>
    IReadOnlyList<Rule> Reports { get; }

    IEnumerable<Diagnostic> Check(SiteUnderCheck site);
}
