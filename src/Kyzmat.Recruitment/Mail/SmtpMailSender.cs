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
/// EHLO and QUIT every time (decision 0011). A kept connection the server has closed meanwhile is replaced once.
/// </summary>
public sealed class SmtpMailSender : IMailSender, IAsyncDisposable
{
    private readonly IOptions<MailOptions> _options;
    private readonly TimeProvider _clock;
    private readonly List<IdleConnection> _idle = [];
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
            catch (Exception ex) when (IsDroppedConnection(ex))
            {
                // Closed by the server while it was idle (a restart, a shorter timeout than ours): nothing was accepted.
            }
        }

        var client = await ConnectAsync(settings.Smtp, cancellationToken);
        await SendOrCloseAsync(client, message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _sweeper.DisposeAsync();
        List<IdleConnection> closing;
        lock (_idle)
        {
            _disposed = true;
            closing = [.. _idle];
            _idle.Clear();
        }

        await Task.WhenAll(closing.Select(c => QuitQuietlyAsync(c.Client)));
    }

    private async Task<SmtpClient> ConnectAsync(SmtpOptions smtp, CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            var security = Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true);
            await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
            Interlocked.Increment(ref _connectionsOpened);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task SendOrCloseAsync(SmtpClient client, MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch
        {
            // Whatever state a failed transaction left the session in, it is not reused.
            client.Dispose();
            throw;
        }

        await KeepOrQuitAsync(client);
    }

    private SmtpClient? TakeIdle()
    {
        var now = _clock.GetTimestamp();
        lock (_idle)
        {
            while (_idle.Count > 0)
            {
                // Most recently used first: the older ones expire while a few connections carry the load.
                var last = _idle[^1];
                _idle.RemoveAt(_idle.Count - 1);
                if (!IsExpired(last, now) && last.Client.IsConnected)
                {
                    return last.Client;
                }

                _ = QuitQuietlyAsync(last.Client);
            }
        }

        return null;
    }

    private async Task KeepOrQuitAsync(SmtpClient client)
    {
        var smtp = _options.Value.Smtp;
        lock (_idle)
        {
            if (!_disposed && _idle.Count < smtp.IdleConnections && smtp.IdleTimeout > TimeSpan.Zero)
            {
                _idle.Add(new IdleConnection(client, _clock.GetTimestamp()));
                return;
            }
        }

        await QuitQuietlyAsync(client);
    }

    private void CloseExpired()
    {
        var now = _clock.GetTimestamp();
        List<IdleConnection> expired;
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

    private bool IsExpired(IdleConnection connection, long now) =>
        _clock.GetElapsedTime(connection.Since, now) >= _options.Value.Smtp.IdleTimeout;

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

    // A kept connection the server has given up on: it answers the first command of the next message (MAIL FROM) with
    // 421 or 221 and hangs up, or the socket is simply gone. Nothing of the message was accepted, so sending it again on
    // a fresh connection cannot deliver it twice; a sender refused for good is refused again there, and thrown. (A socket
    // that breaks after the message's data was sent could have been delivered: that rare case may send a second copy.)
    private static bool IsDroppedConnection(Exception ex) =>
        ex is ServiceNotConnectedException or SmtpProtocolException or IOException or SocketException
        || ex is SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted };

    private sealed record IdleConnection(SmtpClient Client, long Since);
}
