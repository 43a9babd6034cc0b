using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Sciatica.Web.Tests.Logging;

/// <summary>Keeps every log event the site writes, so a test can read what an operator would see.</summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IEnumerable<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
