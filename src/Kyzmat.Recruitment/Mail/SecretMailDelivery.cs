using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Mail;

/// <summary>
/// Sends mail that carries a one-time code from memory, a few at a time, retrying after
/// <see cref="MailOptions.RetryDelaysForSecrets"/>. Such mail is never written to the job store (whose rows outlive the
/// code and can be read by whoever reads the database), and needs no job round trip before the citizen gets it. A mail
/// older than <see cref="MailOptions.SecretMaxAge"/> (its code has expired) is not sent. Stopping sends what is queued
/// within the host's shutdown timeout; retries still waiting then are given up — the citizen asks for a new code, as
/// after any undelivered one.
/// </summary>
public sealed partial class SecretMailDelivery : IHostedService
{
    // Never disposed: a host may stop its services after disposing the container (and has no timer to release).
    private readonly CancellationTokenSource _stopping = new();
    private Task _senders = Task.CompletedTask;
    private readonly Channel<Queued> _queue;
    private readonly IMailSender _sender;
    private readonly MailOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<SecretMailDelivery> _logger;

    public SecretMailDelivery(IMailSender sender, IOptions<MailOptions> options, TimeProvider clock, ILogger<SecretMailDelivery> logger)
    {
        _sender = sender;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        var capacity = new BoundedChannelOptions(Math.Max(1, _options.SecretQueueCapacity)) { FullMode = BoundedChannelFullMode.DropWrite };
        _queue = Channel.CreateBounded<Queued>(capacity, _ => LogDropped(_logger));
    }

    public void Enqueue(OutgoingMail mail)
    {
        if (!_queue.Writer.TryWrite(new Queued(mail, _clock.GetUtcNow(), 0)))
        {
            LogDropped(_logger);
        }
    }

    // The senders start here rather than in a BackgroundService's ExecuteAsync, which a stop arriving before it runs
    // cancels without draining the queue.
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _senders = Task.WhenAll(Enumerable.Range(0, Math.Max(1, _options.SecretSenders)).Select(_ => Task.Run(() => SendQueuedAsync(_stopping.Token))));
        return Task.CompletedTask;
    }

    /// <summary>Ends the queue, gives up waiting retries, and sends what is queued until the host's shutdown timeout.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _senders.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task SendQueuedAsync(CancellationToken stoppingToken)
    {
        await foreach (var queued in _queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (_clock.GetUtcNow() - queued.QueuedAt > _options.SecretMaxAge)
            {
                LogExpired(_logger, queued.Attempt);
                continue;
            }

            try
            {
                await _sender.SendAsync(queued.Mail, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Any failure of one message (server down, refused recipient) is retried or logged, never fatal.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var delays = _options.RetryDelaysForSecrets;
                if (queued.Attempt < delays.Count)
                {
                    LogRetrying(_logger, queued.Attempt + 1, delays[queued.Attempt], ex);
                    _ = RetryLaterAsync(queued, delays[queued.Attempt], stoppingToken);
                }
                else
                {
                    LogGivenUp(_logger, queued.Attempt + 1, ex);
                }
            }
        }
    }

    private async Task RetryLaterAsync(Queued queued, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, _clock, stoppingToken).ConfigureAwait(false);
            if (!_queue.Writer.TryWrite(queued with { Attempt = queued.Attempt + 1 }))
            {
                LogDropped(_logger);
            }
        }
        catch (OperationCanceledException)
        {
            LogGivenUp(_logger, queued.Attempt + 1, null);
        }
    }

    private sealed record Queued(OutgoingMail Mail, DateTimeOffset QueuedAt, int Attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a code e-mail failed (attempt {Attempt}); retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, int attempt, TimeSpan delay, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A code e-mail was given up after {Attempts} attempts; the citizen has to ask for a new code")]
    private static partial void LogGivenUp(ILogger logger, int attempts, Exception? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A code e-mail was not sent after {Attempts} attempts: its code has expired meanwhile")]
    private static partial void LogExpired(ILogger logger, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "A code e-mail was dropped: the in-process mail queue is full or stopped")]
    private static partial void LogDropped(ILogger logger);
}
