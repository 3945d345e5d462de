using System.Collections.Concurrent;
using System.Threading.Channels;
using Kyzmat.Testing.Mail;
using MimeKit;

namespace Kyzmat.Applications.Bench;

/// <summary>Routes what the SMTP server receives to each recipient's own queue, so that many citizens wait for their codes at once.</summary>
internal sealed class CodeMailbox : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Channel<MimeMessage>> _boxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _routing;

    public CodeMailbox(TestSmtpServer smtp) => _routing = RouteAsync(smtp);

    /// <summary>The 6-digit code in the next message to <paramref name="address"/> that carries one (notifications are skipped).</summary>
    public async Task<string> NextCodeAsync(string address, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var message = await Box(address).Reader.ReadAsync(cancel.Token);
                if (message.Subject?.Any(char.IsAsciiDigit) == true)
                {
                    return TestSmtpServer.CodeIn(message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No code e-mailed to {address} within {timeout.TotalSeconds:F0} s.");
        }
    }

    private Channel<MimeMessage> Box(string address) => _boxes.GetOrAdd(address, _ => Channel.CreateUnbounded<MimeMessage>());

    private async Task RouteAsync(TestSmtpServer smtp)
    {
        try
        {
            await foreach (var message in smtp.ReadAllAsync(_stop.Token))
            {
                foreach (var to in message.To.Mailboxes)
                {
                    await Box(to.Address).Writer.WriteAsync(message, _stop.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _routing;
        _stop.Dispose();
    }
}
