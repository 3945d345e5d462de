using Kyzmat.Recruitment.Mail;
using Kyzmat.Testing.Mail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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
        await Task.Delay(700);
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
        await Task.Delay(1500); // three refused attempts take well under this
        smtp.Refusing = false;
        await Task.Delay(1000);

        Assert.Empty(smtp.Messages);
        await delivery.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Stopping_SendsWhatIsAlreadyQueued()
    {
        await using var smtp = new TestSmtpServer();
        using var delivery = Delivery(smtp, []);
        await delivery.StartAsync(CancellationToken.None);
        await Task.Delay(200); // the senders are reading the queue

        for (var i = 0; i < 5; i++)
        {
            delivery.Enqueue(new OutgoingMail($"c{i}@demo.kyzmat.test", "Код", $"Код: 10000{i}", CarriesSecret: true));
        }

        await delivery.StopAsync(CancellationToken.None);

        Assert.Equal(5, smtp.Messages.Count);
    }

    private static SecretMailDelivery Delivery(TestSmtpServer smtp, TimeSpan[] retryDelays)
    {
        var options = Options.Create(new MailOptions
        {
            From = "Kyzmat <no-reply@kyzmat.test>",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None" },
            SecretRetryDelays = retryDelays,
        });
        return new SecretMailDelivery(new SmtpMailSender(options), options, NullLogger<SecretMailDelivery>.Instance);
    }
}
