using Kyzmat.Server.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Kyzmat.Server.Tests.Logging;

public sealed class PersonalDataMaskingEnricherTests
{
    [Theory]
    [InlineData("22403199012345", "224*******2345")]
    [InlineData("PIN 11207198554321 signed in", "PIN 112*******4321 signed in")]
    [InlineData("aigul.bekova@mail.kg", "a***@mail.kg")]
    [InlineData("order 123456789012345678", "order 123456789012345678")]
    [InlineData("nothing personal", "nothing personal")]
    public void Mask_Text_HidesPinsAndEmails(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMaskingEnricher.Mask(text));

    [Fact]
    public void Enrich_LogEventWithPinAndEmail_RendersMaskedMessage()
    {
        var sink = new CollectingSink();
        using var logger = new LoggerConfiguration().Enrich.With<PersonalDataMaskingEnricher>().WriteTo.Sink(sink).CreateLogger();

        logger.Information("Sign-in by {Pin} with {Email}", "22403199012345", "citizen@example.kg");

        var message = Assert.Single(sink.Events).RenderMessage();
        Assert.DoesNotContain("22403199012345", message, StringComparison.Ordinal);
        Assert.DoesNotContain("citizen@", message, StringComparison.Ordinal);
        Assert.Contains("224*******2345", message, StringComparison.Ordinal);
    }

    private sealed class CollectingSink : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
