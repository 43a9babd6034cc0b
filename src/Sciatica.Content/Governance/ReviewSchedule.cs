using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Governance;

/// <summary>Medical content goes stale: an article past its <c>next-review</c> date is flagged until someone reviews it.</summary>
public static class ReviewSchedule
{
    public static IEnumerable<Diagnostic> Overdue(IEnumerable<Article> articles, DateOnly today)
    {
        foreach (var article in articles)
        {
            var front = article.FrontMatter;
            if (front.NextReview < today)
            {
                var days = today.DayNumber - front.NextReview.DayNumber;
                yield return new Diagnostic(article.SourcePath, front.NextReviewLine, 1, Severity.Warning, DiagnosticCodes.ReviewOverdue,
                    $"'{article.Title}' was due for review on {front.NextReview:yyyy-MM-dd} and is {days} {(days == 1 ? "day" : "days")} overdue; review it, then set 'next-review' (and 'updated' if the text changed)");
            }
        }
    }

    /// <summary>A page whose text, a block it places or a finding it cites changed after its recorded review no longer shows what was reviewed.</summary>
    public static IEnumerable<Diagnostic> ChangedSinceReview(IEnumerable<Article> pages) =>
        pages.Where(p => p.Review.Status == ReviewStatus.ChangedSinceReview)
            .Select(p => new Diagnostic(p.SourcePath, p.FrontMatter.ReviewLine, 1, Severity.Warning, DiagnosticCodes.ReviewedTextChanged,
                $"changed since review on {p.Review.Review!.Date:yyyy-MM-dd}: {string.Join("; ", p.Review.ChangedSince)}; have the change reviewed (sciatica review {p.Slug} --by \"Name, role\"), and until then the page says so"));

    /// <summary>Two articles with the same <c>order</c> have no defined place in the navigation.</summary>
    public static IEnumerable<Diagnostic> DuplicateOrders(IReadOnlyList<Article> articles)
    {
        var next = NextFreeOrder(articles);
        return articles
            .GroupBy(a => a.FrontMatter.Order)
            .Where(g => g.Skip(1).Any())
            .SelectMany(g => g.Skip(1).Select(a => new Diagnostic(a.SourcePath, a.FrontMatter.OrderLine, 1, Severity.Warning, DiagnosticCodes.DuplicateOrder,
                $"order {g.Key} is also used by '{g.First().SourcePath}'; give each article its own number (the next free one is {next})")));
    }

    /// <summary>One more than the highest <c>order</c> in use, so a new article goes last.</summary>
    public static int NextFreeOrder(IEnumerable<Article> articles) =>
        articles.Select(a => a.FrontMatter.Order ?? 0).DefaultIfEmpty(0).Max() + 1;
}
