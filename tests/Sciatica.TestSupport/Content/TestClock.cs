using Microsoft.Extensions.Time.Testing;

namespace Sciatica.TestSupport;

/// <summary>
/// The tests' clock: fixed, so no test depends on the day it runs. Its "now" falls after the fixtures'
/// review dates and before their <c>next-review</c> dates; the real content's own dates are checked by <c>check</c>.
/// </summary>
public static class TestClock
{
    public static readonly DateTimeOffset Now = new(2027, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Fixed() => new(Now);

    /// <summary>A clock at noon UTC on <paramref name="day"/>.</summary>
    public static FakeTimeProvider On(DateOnly day) => new(new DateTimeOffset(day, new TimeOnly(12, 0), TimeSpan.Zero));
}
