using Hangfire;

namespace Kyzmat.Recruitment.Mail;

/// <summary>The background job that delivers one message; Hangfire retries it when the server is unreachable.</summary>
public sealed class MailDeliveryJob(IMailSender sender)
{
    [AutomaticRetry(Attempts = 5)]
    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) => sender.SendAsync(mail, cancellationToken);
}
