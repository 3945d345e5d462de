using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Mail;
using Kyzmat.Testing.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kyzmat.Recruitment.Tests.Mail;

public sealed class MailSenderTests
{
    [Fact]
    public async Task SendAsync_ThroughSmtp_ArrivesAtTheServerWithKyrgyzText()
    {
        await using var smtp = new TestSmtpServer();
        var sender = new SmtpMailSender(Options.Create(new MailOptions
        {
            From = "Kyzmat <no-reply@kyzmat.test>",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None" },
        }));

        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду", "Код: 123456 — ң ө ү"));
        var received = await smtp.NextMessageToAsync("aigul@demo.kyzmat.test");

        Assert.Equal("Текшерүү коду", received.Subject);
        Assert.Equal("no-reply@kyzmat.test", received.From.Mailboxes.Single().Address);
        Assert.Contains("ң ө ү", received.TextBody, StringComparison.Ordinal);
        Assert.Equal("123456", TestSmtpServer.CodeIn(received));
    }

    [Fact]
    public async Task SendAsync_ToOutbox_WritesOneEmlFilePerMessage()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kyzmat-outbox-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var sender = new OutboxMailSender(new DataFolder(folder), Options.Create(new MailOptions()), TimeProvider.System);

            await sender.SendAsync(new OutgoingMail("a@demo.kyzmat.test", "One", "Код: 111111"));
            await sender.SendAsync(new OutgoingMail("b@demo.kyzmat.test", "Two", "Код: 222222"));

            var files = Directory.GetFiles(Path.Combine(folder, "outbox")).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(2, files.Count);
            Assert.All(files, f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));
            var messages = await Task.WhenAll(files.Select(f => MimeMessage.LoadAsync(f)));
            Assert.Equal(["111111", "222222"], messages.OrderBy(m => m.Subject, StringComparer.Ordinal).Select(TestSmtpServer.CodeIn));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
