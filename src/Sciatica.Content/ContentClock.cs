namespace Sciatica.Content;

/// <summary>The one place that decides which date "today" is, for review deadlines and new articles' dates.</summary>
public static class ContentClock
{
    /// <summary>
    /// Today's date in UTC. UTC rather than the machine's zone, so <c>check</c>, the site and CI agree on
    /// whether a review is overdue wherever they run; a UK date differs from it only between midnight and
    /// 1 am in summer time.
    /// </summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
