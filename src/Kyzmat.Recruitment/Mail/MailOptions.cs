namespace Kyzmat.Recruitment.Mail;

/// <summary>Configuration section <c>Kyzmat:Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "Kyzmat:Mail";

    /// <summary><see cref="MailTransport.Outbox"/> (embedded default) or <see cref="MailTransport.Smtp"/>.</summary>
    public MailTransport Transport { get; set; } = MailTransport.Outbox;

    public string From { get; set; } = "Kyzmat <no-reply@kyzmat.local>";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>
    /// Waits before each retry of a mail that carries a code, after a failed attempt; all within a code's
    /// 10-minute life. After the last one the mail is given up (the citizen can ask for a new code).
    /// </summary>
    public TimeSpan[] SecretRetryDelays { get; set; } = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)];

    /// <summary>Codes waiting to be sent in process; beyond it a code mail is dropped with an error in the log.</summary>
    public int SecretQueueCapacity { get; set; } = 10_000;
}
