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

    [Fact]
    public void Emit_ExceptionQuotingAnAddressAndAPin_ReachesTheSinkMasked()
    {
        var sink = new CollectingSink();
        using var logger = new LoggerConfiguration().Enrich.With<PersonalDataMaskingEnricher>()
            .WriteTo.Sink(new ExceptionMaskingSink(sink)).CreateLogger();
        var inner = new InvalidOperationException("citizen 22403199012345 not found");
        var smtp = new InvalidOperationException("5.1.1 <aigul.bekova@mail.kg>: Recipient address rejected", inner);

        logger.Error(smtp, "Mail could not be sent");

        var logged = Assert.Single(sink.Events).Exception!;
        var text = logged.ToString();
        Assert.DoesNotContain("aigul.bekova@", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("aigul.bekova@", text, StringComparison.Ordinal);
        Assert.DoesNotContain("22403199012345", text, StringComparison.Ordinal);
        Assert.Contains("a***@mail.kg", text, StringComparison.Ordinal);
        Assert.Contains("224*******2345", text, StringComparison.Ordinal);
        Assert.Contains("Recipient address rejected", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Emit_ExceptionWithNothingPersonal_IsTheSameException()
    {
        var sink = new CollectingSink();
        using var logger = new LoggerConfiguration().WriteTo.Sink(new ExceptionMaskingSink(sink)).CreateLogger();
        var error = new TimeoutException("the database did not answer");

        logger.Error(error, "Failed");

        Assert.Same(error, Assert.Single(sink.Events).Exception);
    }

    [Theory]
    [InlineData("/api/telegram/webhook/Zx9-s3cret_value")]
    [InlineData("/api/telegram/webhook/Zx9-s3cret_value?x=1")]
    [InlineData("https://kyzmat.example/api/telegram/webhook/Zx9-s3cret_value")]
    public void Enrich_RequestPathOfTheTelegramWebhook_HidesTheSecret(string path)
    {
        var sink = new CollectingSink();
        using var logger = new LoggerConfiguration().Enrich.With<PersonalDataMaskingEnricher>().WriteTo.Sink(sink).CreateLogger();

        logger.Information("HTTP {RequestMethod} {RequestPath} responded {StatusCode}", "POST", path, 200);

        var message = Assert.Single(sink.Events).RenderMessage();
        Assert.DoesNotContain("Zx9-s3cret_value", message, StringComparison.Ordinal);
        Assert.Contains("/api/telegram/webhook/***", message, StringComparison.Ordinal);
    }

    private sealed class CollectingSink : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
