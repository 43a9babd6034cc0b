using System.Text;
using Sciatica.Web.Logging;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace Sciatica.Web.Tests.Logging;

public sealed class BufferedConsoleSinkTests
{
    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse("Served {Path}");

    [Fact]
    public void A_flush_writes_every_queued_event_as_one_json_line_in_order()
    {
        using var output = new MemoryStream();
        using var sink = new BufferedConsoleSink(new CompactJsonFormatter(), output, Timeout.InfiniteTimeSpan);
        foreach (var path in new[] { "/a", "/b", "/c" })
        {
            sink.Emit(Event(path));
        }

        sink.Flush();
        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"Path\":\"/a\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"Path\":\"/c\"", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Disposing_writes_what_is_still_queued()
    {
        using var output = new MemoryStream();
        var sink = new BufferedConsoleSink(new CompactJsonFormatter(), output, Timeout.InfiniteTimeSpan);
        sink.Emit(Event("/last"));
        sink.Dispose();
        Assert.Contains("/last", Assert.Single(Lines(output)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_timer_writes_queued_events_without_being_asked()
    {
        using var output = new NotifyingStream();
        using var sink = new BufferedConsoleSink(new CompactJsonFormatter(), output, TimeSpan.FromMilliseconds(20));
        sink.Emit(Event("/timed"));
        Assert.True(output.Written.Wait(TimeSpan.FromSeconds(5)), "nothing was written");
    }

    [Fact]
    public void When_the_output_falls_behind_extra_events_are_dropped_and_the_loss_is_reported()
    {
        using var output = new MemoryStream();
        using var sink = new BufferedConsoleSink(new CompactJsonFormatter(), output, Timeout.InfiniteTimeSpan, queueLimit: 2);
        for (var i = 0; i < 5; i++)
        {
            sink.Emit(Event($"/{i}"));
        }

        sink.Flush();
        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"Count\":3", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"@l\":\"Warning\"", lines[0], StringComparison.Ordinal);
    }

    private static LogEvent Event(string path) =>
        new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, Template, [new LogEventProperty("Path", new ScalarValue(path))]);

    private static string[] Lines(MemoryStream output) =>
        Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private sealed class NotifyingStream : MemoryStream
    {
        public ManualResetEventSlim Written { get; } = new();

        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            Written.Set();
        }

        protected override void Dispose(bool disposing)
        {
            Written.Dispose();
            base.Dispose(disposing);
        }
    }
}
