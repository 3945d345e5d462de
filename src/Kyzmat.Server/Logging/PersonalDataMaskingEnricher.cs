using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace Kyzmat.Server.Logging;

/// <summary>
/// A safety net under every log event: a PIN (14 digits) or an e-mail address in any scalar property
/// is masked before the event reaches a sink, whoever logged it and however; so is the secret in a Telegram webhook
/// path (<c>/api/telegram/webhook/***</c>). Exceptions are masked by <see cref="ExceptionMaskingSink"/> (an enricher
/// cannot replace an event's exception).
/// </summary>
public sealed partial class PersonalDataMaskingEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && Mask(text) is var masked && !ReferenceEquals(masked, text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(masked)));
            }
        }
    }

    /// <summary>
    /// The text with PINs shown as 224*******2345, e-mails as a***@example.kg and a webhook path's secret as ***; the
    /// same instance when there is nothing to mask.
    /// </summary>
    public static string Mask(string text)
    {
        if (!Pin().IsMatch(text) && !Email().IsMatch(text) && !WebhookSecret().IsMatch(text))
        {
            return text;
        }

        var masked = WebhookSecret().Replace(text, m => m.Groups["path"].Value + "***");
        masked = Pin().Replace(masked, m => m.Value[..3] + new string('*', 7) + m.Value[^4..]);
        return Email().Replace(masked, m => m.Groups["first"].Value + "***@" + m.Groups["domain"].Value);
    }

    [GeneratedRegex(@"(?<path>api/telegram/webhook/)[^/?#\s""']+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WebhookSecret();

    [GeneratedRegex(@"(?<!\d)[12]\d{13}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Pin();

    [GeneratedRegex(@"(?<first>[\p{L}\d])[\p{L}\d._%+-]*@(?<domain>[\p{L}\d.-]+\.[\p{L}]{2,})", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
