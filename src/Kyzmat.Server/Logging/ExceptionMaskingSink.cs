using Serilog.Core;
using Serilog.Events;

namespace Kyzmat.Server.Logging;

/// <summary>
/// Wraps the log's sinks: an event with an exception reaches them with a stand-in whose message and text (type,
/// message, stack trace, inner exceptions — what <see cref="Exception.ToString"/> gives) are masked as
/// <see cref="PersonalDataMaskingEnricher.Mask"/> masks properties. An SMTP rejection quoting an address, or a
/// database error quoting a PIN, is logged masked.
/// </summary>
public sealed class ExceptionMaskingSink(ILogEventSink inner) : ILogEventSink
{
    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Exception is not { } exception)
        {
            inner.Emit(logEvent);
            return;
        }

        var text = exception.ToString();
        var maskedText = PersonalDataMaskingEnricher.Mask(text);
        if (ReferenceEquals(maskedText, text))
        {
            inner.Emit(logEvent);
            return;
        }

        inner.Emit(new LogEvent(
            logEvent.Timestamp,
            logEvent.Level,
            new MaskedException(PersonalDataMaskingEnricher.Mask(exception.Message), maskedText),
            logEvent.MessageTemplate,
            logEvent.Properties.Select(p => new LogEventProperty(p.Key, p.Value)),
            logEvent.TraceId ?? default,
            logEvent.SpanId ?? default));
    }

    /// <summary>Stands in for the logged exception: its masked message and masked text.</summary>
    private sealed class MaskedException(string message, string text) : Exception(message)
    {
        public override string ToString() => text;
    }
}
