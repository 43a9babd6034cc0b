namespace Sciatica.TestSupport;

/// <summary>Waits for the site to show a change: polls, never sleeps a fixed time.</summary>
public static class Eventually
{
    /// <summary>Only a bound on a failing wait (a passing one returns as soon as it sees the change), so it is generous for a busy machine.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (watch.Elapsed > Limit)
            {
                throw new Xunit.Sdk.XunitException($"after {Limit.TotalSeconds:0} s still waiting for: {what}");
            }

            await Task.Delay(25);
        }
    }
}
