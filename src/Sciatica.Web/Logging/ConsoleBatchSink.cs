using System.Buffers;
using System.Globalization;
using System.Text;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Parsing;

namespace Sciatica.Web.Logging;

/// <summary>
/// Standard output in bulk, as nginx's buffered access log does. Serilog's batching queues each event (no I/O
/// while a request is served) and hands this sink what waited, at most <see cref="BatchingInterval"/> apart; each
/// batch is one write. The site logs a line per request, and writing each line on its own cost about a third of
/// the CPU of serving a page (tests/benchmarks/results/2026-12-01-run.md). A normal shutdown writes everything still queued.
/// In front of Serilog's queue a count keeps at most <c>queueLimit</c> events waiting (output stalled): the rest
/// are dropped and the next batch starts with a warning saying how many.
/// </summary>
public sealed class ConsoleBatchSink(ITextFormatter formatter, Stream output, int queueLimit = ConsoleBatchSink.DefaultQueueLimit) : IBatchedLogEventSink, IDisposable
{
    public static readonly TimeSpan BatchingInterval = TimeSpan.FromMilliseconds(100);

    public const int DefaultQueueLimit = 100_000;

    private static readonly MessageTemplate DroppedTemplate = new MessageTemplateParser().Parse("Dropped {Count} log events: the log output could not keep up");

    private readonly StringWriter _text = new(CultureInfo.InvariantCulture);
    private readonly int _queueLimit = queueLimit;
    private int _waiting;
    private long _dropped;

    /// <summary>The sink to log to: the queue limit, then Serilog's batching, then a new sink of this kind.</summary>
    public static ILogEventSink Create(ITextFormatter formatter, Stream output, int queueLimit = DefaultQueueLimit)
    {
        var sink = new ConsoleBatchSink(formatter, output, queueLimit);
        return LoggerSinkConfiguration.Wrap(queue => new Limit(sink, queue), batched => batched.Sink(sink, new BatchingOptions
        {
            BufferingTimeLimit = BatchingInterval,
            BatchSizeLimit = queueLimit,
        }));
    }

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        Interlocked.Add(ref _waiting, -batch.Count);
        var builder = _text.GetStringBuilder().Clear();
        if (Interlocked.Exchange(ref _dropped, 0) is var dropped and > 0)
        {
            formatter.Format(new LogEvent(DateTimeOffset.Now, LogEventLevel.Warning, null, DroppedTemplate, [new LogEventProperty("Count", new ScalarValue(dropped))]), _text);
        }

        foreach (var logEvent in batch)
        {
            formatter.Format(logEvent, _text);
        }

        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(builder.Length));
        try
        {
            var length = 0;
            foreach (var chunk in builder.GetChunks())
            {
                length += Encoding.UTF8.GetBytes(chunk.Span, bytes.AsSpan(length));
            }

            output.Write(bytes, 0, length);
            output.Flush();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _text.Dispose();

    private sealed class Limit(ConsoleBatchSink sink, ILogEventSink queue) : ILogEventSink, IDisposable
    {
        public void Emit(LogEvent logEvent)
        {
            if (Interlocked.Increment(ref sink._waiting) > sink._queueLimit)
            {
                Interlocked.Decrement(ref sink._waiting);
                Interlocked.Increment(ref sink._dropped);
                return;
            }

            queue.Emit(logEvent);
        }

        public void Dispose() => (queue as IDisposable)?.Dispose();
    }
}
