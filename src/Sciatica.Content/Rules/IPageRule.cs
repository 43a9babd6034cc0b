using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules;

/// <summary>A check of one page file (an article or the About page), run by <see cref="Articles.ArticleLoader"/> for every rule in <see cref="RuleList.PageRules"/>.</summary>
public interface IPageRule
{
    /// <summary>The rules this check reports; each diagnostic it adds has one of their codes.</summary>
    IReadOnlyList<Rule> Reports { get; }

    void Check(PageUnderCheck page, DiagnosticBag diagnostics);
}
