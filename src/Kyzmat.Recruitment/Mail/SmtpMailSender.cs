using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kyzmat.Recruitment.Mail;

/// <summary>
/// Sends through an SMTP server with MailKit. Up to <see cref="SmtpOptions.IdleConnections"/> connections stay open
/// between messages for <see cref="SmtpOptions.IdleTimeout"/>: a connection per message cost a connect, a greeting,
/// EHLO and QUIT every time (decision 0011). A message a kept connection could not begin to hand over because the
/// server had given up on it is sent once more on a fresh connection.
/// </summary>
public sealed class SmtpMailSender : IMailSender, IAsyncDisposable
{
    // Servers limit a session's length or its messages and answer 421 once they have had enough: a connection is kept
    // for a minute at most, so that a busy one is renewed before most such limits, at the cost of a connect a minute.
    private static readonly TimeSpan MaxConnectionAge = TimeSpan.FromMinutes(1);

    private readonly IOptions<MailOptions> _options;
    private readonly TimeProvider _clock;
    private readonly List<Connection> _idle = [];
    private readonly ITimer _sweeper;
    private bool _disposed;
    private int _connectionsOpened;

    public SmtpMailSender(IOptions<MailOptions> options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        var sweepEvery = options.Value.Smtp.IdleTimeout > TimeSpan.Zero ? options.Value.Smtp.IdleTimeout : Timeout.InfiniteTimeSpan;
        _sweeper = clock.CreateTimer(_ => CloseExpired(), null, sweepEvery, sweepEvery);
    }

    /// <summary>Connections opened so far (each a connect, greeting and EHLO; for tests and figures).</summary>
    public int ConnectionsOpened => Volatile.Read(ref _connectionsOpened);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var settings = _options.Value;
        using var message = MimeMessages.From(mail, settings.From);
        if (TakeIdle() is { } kept)
        {
            try
            {
                await SendOrCloseAsync(kept, message, cancellationToken);
                return;
            }
            catch (Exception ex) when (WasNotHandedOver(kept.Client, ex))
            {
                // Sent again below on a fresh connection.
            }
        }

        var fresh = await ConnectAsync(settings.Smtp, cancellationToken);
        await SendOrCloseAsync(fresh, message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _sweeper.DisposeAsync();
        List<Connection> closing;
        lock (_idle)
        {
            _disposed = true;
            closing = [.. _idle];
            _idle.Clear();
        }

        await Task.WhenAll(closing.Select(c => QuitQuietlyAsync(c.Client)));
    }

    private async Task<Connection> ConnectAsync(SmtpOptions smtp, CancellationToken cancellationToken)
    {
        var client = new TrackingSmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            var security = Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true);
            await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
            Interlocked.Increment(ref _connectionsOpened);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            return new Connection(client, _clock.GetTimestamp());
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task SendOrCloseAsync(Connection connection, MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            connection.Client.SenderAccepted = false;
            await connection.Client.SendAsync(message, cancellationToken);
        }
        catch
        {
            // Whatever state a failed transaction left the session in, it is not reused.
            connection.Client.Dispose();
            throw;
        }

        KeepOrQuit(connection with { LastUsed = _clock.GetTimestamp() });
    }

    private Connection? TakeIdle()
    {
        var now = _clock.GetTimestamp();
        var stale = new List<Connection>();
        Connection? taken = null;
        lock (_idle)
        {
            while (taken is null && _idle.Count > 0)
            {
                // Most recently used first: the older ones expire while a few connections carry the load.
                var last = _idle[^1];
                _idle.RemoveAt(_idle.Count - 1);
                if (!IsExpired(last, now) && last.Client.IsConnected)
                {
                    taken = last;
                }
                else
                {
                    stale.Add(last);
                }
            }
        }

        // Said goodbye to outside the lock (QUIT writes to the socket), without making this message wait for it.
        foreach (var connection in stale)
        {
            _ = QuitQuietlyAsync(connection.Client);
        }

        return taken;
    }

    private void KeepOrQuit(Connection connection)
    {
        var smtp = _options.Value.Smtp;
        lock (_idle)
        {
            if (!_disposed && _idle.Count < smtp.IdleConnections && !IsExpired(connection, connection.LastUsed))
            {
                _idle.Add(connection);
                return;
            }
        }

        // The message is delivered: its sender does not wait for the goodbye.
        _ = QuitQuietlyAsync(connection.Client);
    }

    private void CloseExpired()
    {
        var now = _clock.GetTimestamp();
        List<Connection> expired;
        lock (_idle)
        {
            expired = _idle.FindAll(c => IsExpired(c, now));
            _idle.RemoveAll(c => IsExpired(c, now));
        }

        foreach (var connection in expired)
        {
            _ = QuitQuietlyAsync(connection.Client);
        }
    }

    private bool IsExpired(Connection connection, long now) =>
        _clock.GetElapsedTime(connection.LastUsed, now) >= _options.Value.Smtp.IdleTimeout
        || _clock.GetElapsedTime(connection.Opened, now) >= MaxConnectionAge;

    private static async Task QuitQuietlyAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true);
            }
        }
#pragma warning disable CA1031 // Saying goodbye to a server that has already gone is not a failure of any message.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            client.Dispose();
        }
    }

    // Whether a kept connection failed before any of the message went to the server, so that sending it again on a
    // fresh connection cannot deliver it twice. A server that has given up on a connection (idle too long, session too
    // long, too many messages) answers the first command, MAIL FROM, with 421 or 221, or the socket is simply gone. Once
    // MAIL FROM was accepted, only a refusal of the recipients as the server closes (421/221, before any data) counts;
    // a failure after the data went out may follow a stored message, so it is thrown and the caller's retry decides.
    private static bool WasNotHandedOver(TrackingSmtpClient client, Exception ex) =>
        client.SenderAccepted
            ? ex is SmtpCommandException
            {
                ErrorCode: SmtpErrorCode.RecipientNotAccepted,
                StatusCode: SmtpStatusCode.ServiceNotAvailable or SmtpStatusCode.ServiceClosingTransmissionChannel,
            }
            : ex is ServiceNotConnectedException or SmtpProtocolException or IOException or SocketException
                or SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted };

    private sealed record Connection(TrackingSmtpClient Client, long Opened)
    {
        public long LastUsed { get; init; } = Opened;
    }

    /// <summary>An SMTP client that says whether the server accepted the sender of the message being sent (MAIL FROM).</summary>
    private sealed class TrackingSmtpClient : SmtpClient
    {
        public bool SenderAccepted { get; set; }

        protected override void OnSenderAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
        {
            SenderAccepted = true;
            base.OnSenderAccepted(message, mailbox, response);
        }
    }
}
