using Kyzmat.Recruitment.Mail;
using Kyzmat.Testing.Mail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kyzmat.Recruitment.Tests.Mail;

/// <summary>Code mail goes out from memory over SMTP, retried while the server refuses, given up after the last retry.</summary>
public sealed class SecretMailDeliveryTests
{
    [Fact]
    public async Task CodeMail_RefusedAtFirst_IsRetriedUntilTheServerTakesIt_Once()
    {
        await using var smtp = new TestSmtpServer { Refusing = true };
        using var delivery = Delivery(smtp, Enumerable.Repeat(TimeSpan.FromMilliseconds(200), 20).ToArray());
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
        using var delivery = Delivery(smtp, [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50)]);
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
        using var delivery = Delivery(smtp, [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5)], clock);
        await delivery.StartAsync(CancellationToken.None);

        delivery.Enqueue(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду 222333", "Код: 222333", CarriesSecret: true));
        await WaitForRefusalsAsync(smtp, 1);
        smtp.Refusing = false;
        clock.Advance(TimeSpan.FromMinutes(5)); // the retry is due, but the code was mailed 5 minutes ago: still sent
        var late = await smtp.NextMessageToAsync("aigul@demo.kyzmat.test", TimeSpan.FromSeconds(10));

        smtp.Refusing = true;
        delivery.Enqueue(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду 444555", "Код: 444555", CarriesSecret: true));
        await WaitForRefusalsAsync(smtp, 2);
        clock.Advance(TimeSpan.FromMinutes(5)); // the first retry, refused too
        await WaitForRefusalsAsync(smtp, 3);
        smtp.Refusing = false;
        clock.Advance(TimeSpan.FromMinutes(6)); // the second retry comes 11 minutes after the code: dropped
        await Task.Delay(1000);

        Assert.Equal("222333", TestSmtpServer.CodeIn(late));
        Assert.Single(smtp.Messages);
        await delivery.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Stopping_SendsWhatIsAlreadyQueued()
    {
        await using var smtp = new TestSmtpServer();
        using var delivery = Delivery(smtp, []);
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

    private static SecretMailDelivery Delivery(TestSmtpServer smtp, TimeSpan[] retryDelays, TimeProvider? clock = null)
    {
        var options = Options.Create(new MailOptions
        {
            From = "Kyzmat <no-reply@kyzmat.test>",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None" },
            SecretRetryDelays = retryDelays,
        });
        return new SecretMailDelivery(new SmtpMailSender(options), options, clock ?? TimeProvider.System, NullLogger<SecretMailDelivery>.Instance);
    }
}
