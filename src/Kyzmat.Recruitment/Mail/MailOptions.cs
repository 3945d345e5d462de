namespace Kyzmat.Recruitment.Mail;

/// <summary>Configuration section <c>Kyzmat:Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "Kyzmat:Mail";

    /// <summary><see cref="MailTransport.Outbox"/> (embedded default) or <see cref="MailTransport.Smtp"/>.</summary>
    public MailTransport Transport { get; set; } = MailTransport.Outbox;

    public string From { get; set; } = "Kyzmat <no-reply@kyzmat.local>";

    public SmtpOptions Smtp { get; set; } = new();
}
