using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Kyzmat.Testing.Mail;

/// <summary>A real SMTP server on a free loopback port, in process; tests read what it received.</summary>
public sealed partial class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<MimeMessage> _received = Channel.CreateUnbounded<MimeMessage>();
    private readonly List<MimeMessage> _all = [];
    private readonly Task _running;
    private int _refused;
    private int _sessions;
    private int _sessionsEnded;

    /// <param name="idleTimeout">How long a session may wait for the next command before the server hangs up (the library's default if not given).</param>
    /// <param name="sessionTimeout">How long a session may last at all (the library's default if not given).</param>
    public TestSmtpServer(TimeSpan? idleTimeout = null, TimeSpan? sessionTimeout = null)
    {
        Port = FreePort();
        var builder = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint =>
            {
                endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port));
                if (sessionTimeout is { } lasting)
                {
                    endpoint.SessionTimeout(lasting);
                }
            });
        if (idleTimeout is { } timeout)
        {
            builder = builder.CommandWaitTimeout(timeout);
        }

        var options = builder.Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        var server = new SmtpServer.SmtpServer(options, services);
        server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessions);
        server.SessionCompleted += (_, _) => Interlocked.Increment(ref _sessionsEnded);
        server.SessionFaulted += (_, _) => Interlocked.Increment(ref _sessionsEnded);
        server.SessionCancelled += (_, _) => Interlocked.Increment(ref _sessionsEnded);
        _running = server.StartAsync(_stop.Token);
    }

    /// <summary>SMTP sessions (connections) opened so far.</summary>
    public int Sessions => Volatile.Read(ref _sessions);

    /// <summary>SMTP sessions ended so far: the client quit, or the server hung up (idle, or the session too long).</summary>
    public int SessionsEnded => Volatile.Read(ref _sessionsEnded);

    public int Port { get; }

    /// <summary>While set, every message is refused (554), as a mail server that is down for a while.</summary>
    public bool Refusing { get; set; }

    /// <summary>Messages refused so far (each a delivery attempt).</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    /// <summary>Waits for the next message addressed to <paramref name="to"/> (others are skipped); long enough for one delivery retry.</summary>
    public async Task<MimeMessage> NextMessageToAsync(string to, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var message = await _received.Reader.ReadAsync(cancel.Token).ConfigureAwait(false);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
            {
                return message;
            }
        }
    }

    /// <summary>
    /// Every message not yet read, in order of arrival, then each new one as it arrives: for a reader that routes
    /// mail to many recipients at once (a load run). Not to be mixed with <see cref="NextMessageToAsync"/>, which skips others' mail.
    /// </summary>
    public IAsyncEnumerable<MimeMessage> ReadAllAsync(CancellationToken cancellationToken) => _received.Reader.ReadAllAsync(cancellationToken);

    /// <summary>The 6-digit code in the next message to <paramref name="to"/> that carries one (notifications in between are skipped).</summary>
    public async Task<string> NextCodeToAsync(string to, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var message = await NextMessageToAsync(to, timeout).WaitAsync(cancel.Token).ConfigureAwait(false);
            if (SixDigits().Match(message.Subject ?? "").Success || SixDigits().Match(message.TextBody ?? "").Success)
            {
                return CodeIn(message);
            }
        }
    }

    public static string CodeIn(MimeMessage message) =>
        SixDigits().Match(message.TextBody ?? "") is { Success: true } match
            ? match.Value
            : throw new InvalidOperationException("No 6-digit code in the message: " + message.TextBody);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _running.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    private sealed class Store(TestSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (owner.Refusing)
            {
                Interlocked.Increment(ref owner._refused);
                return SmtpResponse.TransactionFailed;
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
            lock (owner._all)
            {
                owner._all.Add(message);
            }

            await owner._received.Writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
            return SmtpResponse.Ok;
        }
    }
}
