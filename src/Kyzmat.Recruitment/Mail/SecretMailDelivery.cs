using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Mail;

/// <summary>
/// Sends mail that carries a one-time code from memory, a few at a time, retrying after
/// <see cref="MailOptions.SecretRetryDelays"/>. Such mail is never written to the job store (whose rows outlive the
/// code and can be read by whoever reads the database), and needs no job round trip before the citizen gets it. What is
/// still queued when the process stops is lost: the citizen asks for a new code, as after any undelivered one.
/// </summary>
public sealed partial class SecretMailDelivery : BackgroundService
{
    private const int Senders = 2;
    private readonly Channel<(OutgoingMail Mail, int Attempt)> _queue;
    private readonly IMailSender _sender;
    private readonly MailOptions _options;
    private readonly ILogger<SecretMailDelivery> _logger;

    public SecretMailDelivery(IMailSender sender, IOptions<MailOptions> options, ILogger<SecretMailDelivery> logger)
    {
        _sender = sender;
        _options = options.Value;
        _logger = logger;
        _queue = Channel.CreateBounded<(OutgoingMail, int)>(new BoundedChannelOptions(Math.Max(1, _options.SecretQueueCapacity))
        {
            FullMode = BoundedChannelFullMode.DropWrite,
        });
    }

    public void Enqueue(OutgoingMail mail)
    {
        if (!_queue.Writer.TryWrite((mail, 0)))
        {
            LogDropped(_logger);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Stopping ends the queue; what is already in it is still sent (within the host's shutdown timeout).
        stoppingToken.Register(() => _queue.Writer.TryComplete());
        return Task.WhenAll(Enumerable.Range(0, Senders).Select(_ => SendQueuedAsync(stoppingToken)));
    }

    private async Task SendQueuedAsync(CancellationToken stoppingToken)
    {
        await foreach (var (mail, attempt) in _queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                await _sender.SendAsync(mail, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Any failure of one message (server down, refused recipient) is retried or logged, never fatal.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (attempt < _options.SecretRetryDelays.Length)
                {
                    LogRetrying(_logger, attempt + 1, _options.SecretRetryDelays[attempt], ex);
                    _ = RetryLaterAsync(mail, attempt, stoppingToken);
                }
                else
                {
                    LogGivenUp(_logger, attempt + 1, ex);
                }
            }
        }
    }

    private async Task RetryLaterAsync(OutgoingMail mail, int attempt, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(_options.SecretRetryDelays[attempt], stoppingToken).ConfigureAwait(false);
            if (!_queue.Writer.TryWrite((mail, attempt + 1)))
            {
                LogDropped(_logger);
            }
        }
        catch (OperationCanceledException)
        {
            LogGivenUp(_logger, attempt + 1, null);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a code e-mail failed (attempt {Attempt}); retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, int attempt, TimeSpan delay, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A code e-mail was given up after {Attempts} attempts; the citizen has to ask for a new code")]
    private static partial void LogGivenUp(ILogger logger, int attempts, Exception? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A code e-mail was dropped: the in-process mail queue is full or stopped")]
    private static partial void LogDropped(ILogger logger);
}
