using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Parsing;

namespace Sciatica.Web.Logging;

/// <summary>
/// Writes log events to standard output in bulk, as nginx's buffered access log does: logging an event only
/// queues it (no I/O and no thread wake-up while a request is served) and a timer writes whatever is queued
/// ten times a second. The site logs a line per request, and writing each line on its own cost about a
/// third of the CPU of serving a page (README, Performance). If the process is killed outright, the last
/// tenth of a second of lines is lost; a normal shutdown writes everything.
/// </summary>
public sealed class BufferedConsoleSink : ILogEventSink, IDisposable
{
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Beyond this many waiting events (output stalled) new ones are dropped and counted, so memory stays bounded.</summary>
    public const int DefaultQueueLimit = 100_000;

    private static readonly MessageTemplate DroppedTemplate = new MessageTemplateParser().Parse("Dropped {Count} log events: the log output could not keep up");

    private readonly ConcurrentQueue<LogEvent> _queue = new();
    private readonly ITextFormatter _formatter;
    private readonly Stream _output;
    private readonly int _queueLimit;
    private readonly Timer _timer;
    private readonly Lock _writing = new();
    private readonly StringWriter _text = new(CultureInfo.InvariantCulture);
    private int _queued;
    private long _dropped;

    /// <param name="flushInterval">How often queued events are written; <see cref="FlushInterval"/> unless a test flushes by hand.</param>
    public BufferedConsoleSink(ITextFormatter formatter, Stream output, TimeSpan? flushInterval = null, int queueLimit = DefaultQueueLimit)
    {
        _formatter = formatter;
        _output = output;
        _queueLimit = queueLimit;
        var interval = flushInterval ?? FlushInterval;
        _timer = new Timer(_ => Flush(), null, interval, interval);
    }

    public void Emit(LogEvent logEvent)
    {
        if (Interlocked.Increment(ref _queued) > _queueLimit)
        {
            Interlocked.Decrement(ref _queued);
            Interlocked.Increment(ref _dropped);
            return;
        }

        _queue.Enqueue(logEvent);
    }

    /// <summary>Writes everything queued so far with one write to the output.</summary>
    public void Flush()
    {
        lock (_writing)
        {
            var builder = _text.GetStringBuilder().Clear();
            if (Interlocked.Exchange(ref _dropped, 0) is var dropped and > 0)
            {
                _formatter.Format(Dropped(dropped), _text);
            }

            while (_queue.TryDequeue(out var logEvent))
            {
                Interlocked.Decrement(ref _queued);
                _formatter.Format(logEvent, _text);
            }

            if (builder.Length == 0)
            {
                return;
            }

            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(builder.Length));
            try
            {
                var length = 0;
                foreach (var chunk in builder.GetChunks())
                {
                    length += Encoding.UTF8.GetBytes(chunk.Span, bytes.AsSpan(length));
                }

                _output.Write(bytes, 0, length);
                _output.Flush();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Flush();
        _text.Dispose();
    }

    private static LogEvent Dropped(long count) =>
        new(DateTimeOffset.Now, LogEventLevel.Warning, null, DroppedTemplate, [new LogEventProperty("Count", new ScalarValue(count))]);
}
