namespace Kyzmat.Recruitment.Mail;

/// <summary>Delivers a message now (SMTP, or the local outbox). Called from the delivery job, not from requests.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
