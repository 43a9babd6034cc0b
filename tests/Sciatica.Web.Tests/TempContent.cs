namespace Sciatica.Web.Tests;

/// <summary>A private copy of the fixture content (without the broken article) that a test may edit.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), $"sciatica-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        File.Copy(Path.Combine(SiteFactory.FixtureContent, "references.yaml"), Path.Combine(Root, "references.yaml"));
        foreach (var name in new[] { "first.md", "second.md" })
        {
            File.Copy(Path.Combine(SiteFactory.FixtureContent, "articles", name), Article(name));
        }
    }

    public string Root { get; }

    public string Article(string fileName) => Path.Combine(Root, "articles", fileName);

    public string Read(string fileName) => File.ReadAllText(Article(fileName));

    public void Write(string fileName, string text) => File.WriteAllText(Article(fileName), text);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>Waits for the site to show a change: polls, never sleeps a fixed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

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
