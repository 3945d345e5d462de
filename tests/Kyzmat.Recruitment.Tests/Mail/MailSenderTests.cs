using System.Globalization;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Mail;
using Kyzmat.Testing;
using Kyzmat.Testing.Mail;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Kyzmat.Recruitment.Tests.Mail;

public sealed class MailSenderTests
{
    [Fact]
    public async Task SendAsync_ThroughSmtp_ArrivesAtTheServerWithKyrgyzText()
    {
        await using var smtp = new TestSmtpServer();
        await using var sender = Smtp(smtp);

        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Текшерүү коду", "Код: 123456 — ң ө ү"));
        var received = await smtp.NextMessageToAsync("aigul@demo.kyzmat.test");

        Assert.Equal("Текшерүү коду", received.Subject);
        Assert.Equal("no-reply@kyzmat.test", received.From.Mailboxes.Single().Address);
        Assert.Contains("ң ө ү", received.TextBody, StringComparison.Ordinal);
        Assert.Equal("123456", TestSmtpServer.CodeIn(received));
    }

    [Fact]
    public async Task SendAsync_SeveralMessages_ShareOneConnection()
    {
        await using var smtp = new TestSmtpServer();
        await using var sender = Smtp(smtp);

        foreach (var n in new[] { "111111", "222222", "333333" })
        {
            await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: " + n));
        }

        Assert.Equal(["111111", "222222", "333333"], smtp.Messages.Select(TestSmtpServer.CodeIn));
        Assert.Equal(1, smtp.Sessions);
        Assert.Equal(1, sender.ConnectionsOpened);
    }

    [Fact]
    public async Task SendAsync_AtOnce_EachSenderHasItsOwnConnection()
    {
        await using var smtp = new TestSmtpServer();
        await using var sender = Smtp(smtp);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(n =>
            sender.SendAsync(new OutgoingMail($"c{n}@demo.kyzmat.test", "Код", $"Код: {100000 + n}"))));

        Assert.Equal(12, smtp.Messages.Count);
        Assert.Equal(Enumerable.Range(100000, 12).Select(n => n.ToString(CultureInfo.InvariantCulture)), smtp.Messages.Select(TestSmtpServer.CodeIn).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SendAsync_AfterTheServerClosedTheKeptConnection_ConnectsAgainAndDelivers()
    {
        // Idle long enough that a loaded machine's pause between two commands of one message does not end the session
        // (at 300 ms it did at load 15: "Timeout while waiting for input" in the first message's DATA).
        await using var smtp = new TestSmtpServer(idleTimeout: TimeSpan.FromSeconds(2));
        await using var sender = Smtp(smtp);
        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 111111"));

        await Eventually.WaitUntilAsync(() => smtp.SessionsEnded == 1, "the server hangs up on the idle session");
        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 222222"));

        Assert.Equal(["111111", "222222"], smtp.Messages.Select(TestSmtpServer.CodeIn));
        Assert.Equal(2, smtp.Sessions);
    }

    [Fact]
    public async Task SendAsync_AfterTheServerEndedALongSession_ConnectsAgainAndDelivers()
    {
        // Long enough for two messages on a machine at load 20 (at 500 ms the session ended mid-message there, which is
        // another case: SendAsync_ConnectionLostAfterTheDataWentOut…); the wait for its end is what takes the time.
        await using var smtp = new TestSmtpServer(sessionTimeout: TimeSpan.FromSeconds(3));
        await using var sender = Smtp(smtp);

        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 111111"));
        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 222222"));
        await Eventually.WaitUntilAsync(() => smtp.SessionsEnded == 1, "the server ends the session");
        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 333333"));
        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 444444"));

        Assert.Equal(["111111", "222222", "333333", "444444"], smtp.Messages.Select(TestSmtpServer.CodeIn));
        Assert.True(smtp.Sessions >= 2, $"{smtp.Sessions} sessions");
    }

    [Fact]
    public async Task SendAsync_ConnectionLostAfterTheDataWentOut_ThrowsAndDoesNotSendASecondCopy()
    {
        await using var server = new HangUpAfterDataServer(hangUpAfter: 2);
        await using var sender = new SmtpMailSender(Options.Create(new MailOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = "None" },
        }), TimeProvider.System);
        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 111111"));

        // The kept connection carries the second message; the server stores it and hangs up before its reply.
        await Assert.ThrowsAnyAsync<Exception>(() => sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 222222")));

        Assert.Equal(2, server.Stored);
        Assert.Equal(1, sender.ConnectionsOpened);
    }

    [Fact]
    public async Task SendAsync_AfterItsIdleTimeout_ClosesTheKeptConnectionItself()
    {
        await using var smtp = new TestSmtpServer();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sender = Smtp(smtp, clock, idleTimeout: TimeSpan.FromSeconds(15));
        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 111111"));

        clock.Advance(TimeSpan.FromSeconds(16));
        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 222222"));

        Assert.Equal(2, sender.ConnectionsOpened);
        Assert.Equal(2, smtp.Sessions);
    }

    [Fact]
    public async Task SendAsync_WithNoConnectionsKept_OpensOnePerMessage()
    {
        await using var smtp = new TestSmtpServer();
        await using var sender = Smtp(smtp, idleConnections: 0);

        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 111111"));
        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 222222"));

        Assert.Equal(2, smtp.Sessions);
    }

    [Fact]
    public async Task SendAsync_RefusedByTheServer_ThrowsAndTheNextMessageStillGoesThrough()
    {
        await using var smtp = new TestSmtpServer();
        await using var sender = Smtp(smtp);
        smtp.Refusing = true;

        await Assert.ThrowsAsync<MailKit.Net.Smtp.SmtpCommandException>(() =>
            sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 111111")));
        smtp.Refusing = false;
        await sender.SendAsync(new OutgoingMail("aigul@demo.kyzmat.test", "Код", "Код: 222222"));

        Assert.Equal(["222222"], smtp.Messages.Select(TestSmtpServer.CodeIn));
        Assert.Equal(1, smtp.Refused);
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

    private static SmtpMailSender Smtp(TestSmtpServer smtp, TimeProvider? clock = null, int idleConnections = 4, TimeSpan? idleTimeout = null) =>
        new(Options.Create(new MailOptions
        {
            From = "Kyzmat <no-reply@kyzmat.test>",
            Smtp = new SmtpOptions
            {
                Host = "127.0.0.1",
                Port = smtp.Port,
                Security = "None",
                IdleConnections = idleConnections,
                IdleTimeout = idleTimeout ?? TimeSpan.FromSeconds(15),
            },
        }), clock ?? TimeProvider.System);
}
