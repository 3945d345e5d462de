using Hangfire;

namespace Kyzmat.Recruitment.Mail;

/// <summary>
/// Queues each message as a Hangfire job (<see cref="MailDeliveryJob"/>), retried for as long as delivery takes —
/// except mail that <see cref="OutgoingMail.CarriesSecret"/>, which <see cref="SecretMailDelivery"/> sends from memory.
/// </summary>
public sealed class BackgroundMailQueue(IBackgroundJobClient jobs, SecretMailDelivery secrets) : IMailQueue
{
    public void Enqueue(OutgoingMail mail)
    {
        if (mail.CarriesSecret)
        {
            secrets.Enqueue(mail);
        }
        else
        {
            jobs.Enqueue<MailDeliveryJob>(job => job.SendAsync(mail, CancellationToken.None));
        }
    }
}
