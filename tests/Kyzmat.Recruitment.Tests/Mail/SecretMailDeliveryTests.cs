using Kyzmat.Recruitment.Mail;
using Kyzmat.Testing.Mail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kyzmat.Recruitment.Tests.Mail;

/// <summary>Code mail goes out from memory over SMTP, retried while the server refuses, given up after the last retry.</summary>
public sealed class SecretMailDeliveryTests : IAsyncLifetime
{
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
        var delivery = Delivery(smtp, Enumerable.Repeat(TimeSpan.FromMilliseconds(200), 20).ToArray());
        await delivery.StartAsync(CancellationToken.None);

        delivery.Enqueue(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду 123456", "Код: 123456", CarriesSecret: true));
        await WaitForRefusalsAsync(smtp, 2); // the first try and a retry, refused

        Assert.Empty(smtp.Messages);
        smtp.Refusing = false;
        var received = await smtp.NextMessageToAsync("aigul@demo.kyzmat.test", TimeSpan.FromSeconds(10));
        await Task.Delay(500);

        Assert.Equal("123456", TestSmtpServer.CodeIn(received));
        Assert.Single(smtp.Messages);
        await delivery.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task CodeMail_StillRefusedAfterTheLastRetry_IsGivenUp()
    {
        await using var smtp = new TestSmtpServer { Refusing = true };
        var delivery = Delivery(smtp, [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50)]);
        await delivery.StartAsync(CancellationToken.None);

        delivery.Enqueue(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду 654321", "Код: 654321", CarriesSecret: true));
        await WaitForRefusalsAsync(smtp, 3); // the first try and both retries, refused

        smtp.Refusing = false;
        await Task.Delay(1000);

        Assert.Equal(3, smtp.Refused);
        Assert.Empty(smtp.Messages);
        await delivery.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task CodeMail_StillRefusedWhenItsCodeHasExpired_IsNotSentLate()
    {
        await using var smtp = new TestSmtpServer { Refusing = true };
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var delivery = Delivery(smtp, [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6)], clock);
        await delivery.StartAsync(CancellationToken.None);

        // The clock moves in small steps until something happens: a retry's timer is set only once the refusal has
        // reached the sender, which the test cannot see.
        delivery.Enqueue(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду 222333", "Код: 222333", CarriesSecret: true));
        await WaitForRefusalsAsync(smtp, 1);
        smtp.Refusing = false;
        var start = clock.GetUtcNow();
        await AdvanceUntilAsync(clock, () => smtp.Messages.Count == 1, TimeSpan.FromMinutes(8));
        var sentAfter = clock.GetUtcNow() - start; // the first retry, 5 minutes on: still sent

        smtp.Refusing = true;
        delivery.Enqueue(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду 444555", "Код: 444555", CarriesSecret: true));
        await WaitForRefusalsAsync(smtp, 2);
        await AdvanceUntilAsync(clock, () => smtp.Refused == 3, TimeSpan.FromMinutes(8)); // the first retry, refused too
        smtp.Refusing = false;
        await AdvanceUntilAsync(clock, () => false, TimeSpan.FromMinutes(8)); // the second retry, 11 minutes on: dropped
        await Task.Delay(500);

        Assert.InRange(sentAfter, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6));
        Assert.Equal("222333", TestSmtpServer.CodeIn(Assert.Single(smtp.Messages)));
        Assert.Equal(3, smtp.Refused);
        await delivery.StopAsync(CancellationToken.None);
    }

    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, Func<bool> done, TimeSpan atMost)
    {
        for (var moved = TimeSpan.Zero; moved < atMost && !done(); moved += TimeSpan.FromSeconds(10))
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(20);
        }
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

    private static async Task WaitForRefusalsAsync(TestSmtpServer smtp, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (smtp.Refused < count)
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    private SecretMailDelivery Delivery(TestSmtpServer smtp, TimeSpan[] retryDelays, TimeProvider? clock = null)
    {
        var options = Options.Create(new MailOptions
        {
            From = "Kyzmat <no-reply@kyzmat.test>",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None" },
            SecretRetryDelays = retryDelays,
        });
        var sender = new SmtpMailSender(options, TimeProvider.System);
        _senders.Add(sender);
        return new SecretMailDelivery(sender, options, clock ?? TimeProvider.System, NullLogger<SecretMailDelivery>.Instance);
    }
}
