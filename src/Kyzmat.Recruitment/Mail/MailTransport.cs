namespace Kyzmat.Recruitment.Mail;

public enum MailTransport
{
    /// <summary>Each message written as an .eml file under <c>&lt;DataPath&gt;/outbox/</c>.</summary>
    Outbox,

    /// <summary>MailKit over SMTP (<see cref="SmtpOptions"/>).</summary>
    Smtp,
}
