namespace Kyzmat.Recruitment.Mail;

/// <summary>Configuration section <c>Kyzmat:Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "Kyzmat:Mail";

    private static readonly TimeSpan[] DefaultSecretRetryDelays = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)];

    /// <summary><see cref="MailTransport.Outbox"/> (embedded default) or <see cref="MailTransport.Smtp"/>.</summary>
    public MailTransport Transport { get; set; } = MailTransport.Outbox;

    public string From { get; set; } = "Kyzmat <no-reply@kyzmat.local>";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>
    /// Waits before each retry of a mail that carries a code, after a failed attempt; empty: 5 s, 30 s, 2 min. (Null by
    /// default because configuration binding appends to an array that already has items instead of replacing them.)
    /// </summary>
    public TimeSpan[]? SecretRetryDelays { get; set; }

    public IReadOnlyList<TimeSpan> RetryDelaysForSecrets => SecretRetryDelays is { Length: > 0 } delays ? delays : DefaultSecretRetryDelays;

    /// <summary>A code mail not sent within this (the code's life) is dropped rather than sent late.</summary>
    public TimeSpan SecretMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Code mails sent at once.</summary>
    public int SecretSenders { get; set; } = 4;

    /// <summary>Codes waiting to be sent in process; beyond it a code mail is dropped with an error in the log.</summary>
    public int SecretQueueCapacity { get; set; } = 10_000;
}
