using System.Text;
using Sciatica.Web.Logging;
using Serilog;
using Serilog.Formatting.Compact;

namespace Sciatica.Web.Tests.Logging;

/// <summary>The sink through Serilog's own batching, as the site builds it.</summary>
public sealed class ConsoleBatchSinkTests
{
    [Fact]
    public void Events_are_written_in_order_as_json_lines_without_being_flushed()
    {
        using var output = new WatchedStream();
        using var logger = Logger(output);
        foreach (var path in new[] { "/a", "/b", "/c" })
        {
            logger.Information("Served {Path}", path);
        }

        Assert.True(output.Wait(text => text.Contains("/c", StringComparison.Ordinal)), "the events were not written");
        var lines = output.Lines();
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"Path\":\"/a\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"Path\":\"/c\"", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_is_one_write()
    {
        using var output = new WatchedStream();
        using var sink = new ConsoleBatchSink(new CompactJsonFormatter(), output);
        await sink.EmitBatchAsync([Event("/a"), Event("/b"), Event("/c")]);
        Assert.Equal(1, output.Writes);
        Assert.Equal(3, output.Lines().Length);
    }

    [Fact]
    public void Disposing_the_logger_writes_what_is_still_queued()
    {
        using var output = new WatchedStream { Blocked = true };
        var logger = Logger(output);
        logger.Information("Served {Path}", "/first");
        Assert.True(output.WriteStarted.Wait(TimeSpan.FromSeconds(10)), "the first event was not written");
        logger.Information("Served {Path}", "/last");
        output.Release();
        logger.Dispose();
        Assert.Contains("/last", output.Lines()[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_output_falls_behind_extra_events_are_dropped_and_the_loss_is_reported()
    {
        using var output = new WatchedStream { Blocked = true };
        var logger = Logger(output, queueLimit: 2);
        logger.Information("Served {Path}", "/first");
        // The first event is being written and the output is stuck: two more may wait, three are dropped.
        Assert.True(output.WriteStarted.Wait(TimeSpan.FromSeconds(10)), "the first event was not written");
        for (var i = 0; i < 5; i++)
        {
            logger.Information("Served {Path}", $"/{i}");
        }

        output.Release();
        logger.Dispose();
        var lines = output.Lines();
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"Count\":3", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"@l\":\"Warning\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"Path\":\"/1\"", lines[3], StringComparison.Ordinal);
    }

    private static Serilog.Core.Logger Logger(Stream output, int queueLimit = ConsoleBatchSink.DefaultQueueLimit) =>
        new LoggerConfiguration().WriteTo.Sink(ConsoleBatchSink.Create(new CompactJsonFormatter(), output, queueLimit)).CreateLogger();

    private static Serilog.Events.LogEvent Event(string path)
    {
        var template = new Serilog.Parsing.MessageTemplateParser().Parse("Served {Path}");
        return new(DateTimeOffset.UtcNow, Serilog.Events.LogEventLevel.Information, null, template,
            [new Serilog.Events.LogEventProperty("Path", new Serilog.Events.ScalarValue(path))]);
    }

    /// <summary>Records what is written; when <see cref="Blocked"/>, each write waits for <see cref="Release"/>, like a stalled terminal.</summary>
    private sealed class WatchedStream : MemoryStream
    {
        private readonly ManualResetEventSlim _released = new();
        private readonly object _gate = new();

        public bool Blocked { get; init; }

        public ManualResetEventSlim WriteStarted { get; } = new();

        public int Writes { get; private set; }

        public void Release() => _released.Set();

        public override void Write(byte[] buffer, int offset, int count)
        {
            WriteStarted.Set();
            if (Blocked)
            {
                _released.Wait(TimeSpan.FromSeconds(30));
            }

            lock (_gate)
            {
                base.Write(buffer, offset, count);
                Writes++;
                Monitor.PulseAll(_gate);
            }
        }

        public string Text()
        {
            lock (_gate)
            {
                return Encoding.UTF8.GetString(ToArray());
            }
        }

        public string[] Lines() => Text().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public bool Wait(Func<string, bool> condition)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            lock (_gate)
            {
                while (!condition(Encoding.UTF8.GetString(ToArray())))
                {
                    var left = TimeSpan.FromSeconds(10) - waited.Elapsed;
                    if (left <= TimeSpan.Zero || !Monitor.Wait(_gate, left))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        protected override void Dispose(bool disposing)
        {
            _released.Dispose();
            WriteStarted.Dispose();
            base.Dispose(disposing);
        }
    }
}
