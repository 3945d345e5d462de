using Kyzmat.Recruitment.Mail;
using Kyzmat.Testing;
using Kyzmat.Testing.Mail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Tests.Mail;

/// <summary>Code mail goes out from memory over SMTP, retried while the server refuses, given up after the last retry.</summary>
public sealed class SecretMailDeliveryTests : IAsyncLifetime
{
    private const string Marker = "999999";

    private readonly List<SmtpMailSender> _senders = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var sender in _senders)
        {
            await sender.DisposeAsync();
        }
    }

    [Fact]
    public async Task CodeMail_RefusedAtFirst_IsRetriedUntilTheServerTakesIt_Once()
    {
        await using var smtp = new TestSmtpServer { Refusing = true };
        var clock = new TimerCountingClock();
        var delivery = Delivery(smtp, Enumerable.Repeat(TimeSpan.FromSeconds(5), 20).ToArray(), clock, senders: 1);
        await delivery.StartAsync(CancellationToken.None);

        delivery.Enqueue(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду 123456", "Код: 123456", CarriesSecret: true));
        await RetriesScheduledAsync(clock, 1); // the first try, refused
        clock.Advance(TimeSpan.FromSeconds(5));
        await RetriesScheduledAsync(clock, 2); // a retry, refused too

        Assert.Equal(2, smtp.Refused);
        Assert.Empty(smtp.Messages);
        smtp.Refusing = false;
        clock.Advance(TimeSpan.FromSeconds(5));
        var received = await smtp.NextMessageToAsync("aigul@demo.kyzmat.test", TimeSpan.FromSeconds(10));
        await SenderDoneAsync(delivery, smtp);

        Assert.Equal("123456", TestSmtpServer.CodeIn(received));
        Assert.Equal(["123456", Marker], smtp.Messages.Select(TestSmtpServer.CodeIn));
        Assert.Equal(2, clock.TimersCreated); // no retry after the success
        await delivery.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task CodeMail_StillRefusedAfterTheLastRetry_IsGivenUp()
    {
        await using var smtp = new TestSmtpServer { Refusing = true };
        var clock = new TimerCountingClock();
        var delivery = Delivery(smtp, [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)], clock, senders: 1);
        await delivery.StartAsync(CancellationToken.None);

        delivery.Enqueue(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду 654321", "Код: 654321", CarriesSecret: true));
        await RetriesScheduledAsync(clock, 1);
        clock.Advance(TimeSpan.FromMinutes(1));
        await RetriesScheduledAsync(clock, 2);
        clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.WaitUntilAsync(() => smtp.Refused == 3, "the last retry is refused");
        smtp.Refusing = false;
        await SenderDoneAsync(delivery, smtp);

        Assert.Equal(3, smtp.Refused);
        Assert.Equal([Marker], smtp.Messages.Select(TestSmtpServer.CodeIn));
        Assert.Equal(2, clock.TimersCreated); // no retry after the last
        await delivery.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task CodeMail_StillRefusedWhenItsCodeHasExpired_IsNotSentLate()
    {
        await using var smtp = new TestSmtpServer { Refusing = true };
        var clock = new TimerCountingClock();
        var delivery = Delivery(smtp, [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6)], clock, senders: 1);
        await delivery.StartAsync(CancellationToken.None);

        delivery.Enqueue(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду 222333", "Код: 222333", CarriesSecret: true));
        await RetriesScheduledAsync(clock, 1);
        smtp.Refusing = false;
        clock.Advance(TimeSpan.FromMinutes(5));
        var first = await smtp.NextMessageToAsync("aigul@demo.kyzmat.test", TimeSpan.FromSeconds(10)); // the first retry, 5 minutes on: still sent

        smtp.Refusing = true;
        delivery.Enqueue(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду 444555", "Код: 444555", CarriesSecret: true));
        await RetriesScheduledAsync(clock, 2);
        clock.Advance(TimeSpan.FromMinutes(5));
        await RetriesScheduledAsync(clock, 3); // the first retry, refused too
        smtp.Refusing = false;
        clock.Advance(TimeSpan.FromMinutes(6)); // the second retry, 11 minutes on: past the code's 10
        await SenderDoneAsync(delivery, smtp);
        await delivery.StopAsync(CancellationToken.None);

        Assert.Equal("222333", TestSmtpServer.CodeIn(first));
        Assert.Equal(["222333", Marker], smtp.Messages.Select(TestSmtpServer.CodeIn));
        Assert.Equal(3, smtp.Refused);
    }

    [Fact]
    public async Task Stopping_SendsWhatIsAlreadyQueued()
    {
        await using var smtp = new TestSmtpServer();
        var delivery = Delivery(smtp, []);
        await delivery.StartAsync(CancellationToken.None);

        for (var i = 0; i < 5; i++)
        {
            delivery.Enqueue(new OutgoingMail($"c{i}@demo.kyzmat.test", "Код", $"Код: 10000{i}", CarriesSecret: true));
        }

        await delivery.StopAsync(CancellationToken.None);

        Assert.Equal(5, smtp.Messages.Count);
    }

    /// <summary>
    /// Sends a mail of its own and waits for it: the one sender takes mail in the order it was queued, so once this one
    /// has arrived the sender is done with everything before it (a retry it would set, it has set).
    /// </summary>
    private static async Task SenderDoneAsync(SecretMailDelivery delivery, TestSmtpServer smtp)
    {
        delivery.Enqueue(new OutgoingMail("marker@demo.kyzmat.test", "Текшерүү коду " + Marker, "Код: " + Marker, CarriesSecret: true));
        await smtp.NextMessageToAsync("marker@demo.kyzmat.test", TimeSpan.FromSeconds(10));
    }

    /// <summary>Waits until the sender has set <paramref name="count"/> retries in all: each refusal reached it.</summary>
    private static Task RetriesScheduledAsync(TimerCountingClock clock, int count) =>
        Eventually.WaitUntilAsync(() => clock.TimersCreated >= count, $"{count} retries are scheduled");

    private SecretMailDelivery Delivery(TestSmtpServer smtp, TimeSpan[] retryDelays, TimeProvider? clock = null, int senders = 4)
    {
        var options = Options.Create(new MailOptions
        {
            From = "Kyzmat <no-reply@kyzmat.test>",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None" },
            SecretRetryDelays = retryDelays,
            SecretSenders = senders,
        });
        var sender = new SmtpMailSender(options, TimeProvider.System);
        _senders.Add(sender);
        return new SecretMailDelivery(sender, options, clock ?? TimeProvider.System, NullLogger<SecretMailDelivery>.Instance);
    }
}
