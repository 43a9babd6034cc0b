using System.Diagnostics;
using System.Globalization;
using Sciatica.Content;

// Usage: SearchTiming <content-dir> [query ...]: the CPU time and bytes allocated per SearchIndex.Search call (page 1),
// on one thread, without the web server, so the index's own cost can be compared between versions by hand.
if (args is not [var root, .. var queries])
{
    Console.Error.WriteLine("usage: SearchTiming <content-dir> [query ...]");
    return 2;
}

var snapshot = ContentSnapshot.Load(root, TimeProvider.System);
Console.WriteLine($"{snapshot.Articles.Count} articles");
foreach (var query in queries is [] ? ["sleep heat"] : queries)
{
    // The first rounds let the JIT settle; each round is printed so the spread shows.
    for (var round = 0; round < 5; round++)
    {
        const int Calls = 2000;
        var (cpu, allocated, results) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetAllocatedBytesForCurrentThread(), 0);
        for (var i = 0; i < Calls; i++)
        {
            results += snapshot.Search.Search(query, a => !a.FrontMatter.Draft).Results.Count;
        }

        var microseconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / Calls;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{query}: {microseconds:0} µs CPU, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / Calls} bytes per query, {results / Calls} results"));
    }
}

return 0;
