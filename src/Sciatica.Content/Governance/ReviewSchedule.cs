using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Site;

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
                yield return ReviewsAreDue.ReviewOverdue.At(article.SourcePath, front.NextReviewLine, 1,
                    $"'{article.Title}' was due for review on {front.NextReview:yyyy-MM-dd} and is {days} {(days == 1 ? "day" : "days")} overdue; review it, then set 'next-review' (and 'updated' if the text changed)");
            }
        }
    }

    /// <summary>Two articles with the same <c>order</c> have no defined place in the navigation.</summary>
    public static IEnumerable<Diagnostic> DuplicateOrders(IReadOnlyList<Article> articles)
    {
        var next = NextFreeOrder(articles);
        return articles
            .GroupBy(a => a.FrontMatter.Order)
            .Where(g => g.Skip(1).Any())
            .SelectMany(g => g.Skip(1).Select(a => OrdersAreUnique.DuplicateOrder.At(a.SourcePath, a.FrontMatter.OrderLine, 1,
                $"order {g.Key} is also used by '{g.First().SourcePath}'; give each article its own number (the next free one is {next})")));
    }

    /// <summary>One more than the highest <c>order</c> in use, so a new article goes last.</summary>
    public static int NextFreeOrder(IEnumerable<Article> articles) =>
        articles.Select(a => a.FrontMatter.Order ?? 0).DefaultIfEmpty(0).Max() + 1;
}
