using Hangfire;

namespace Kyzmat.Recruitment.Mail;

/// <summary>Queues each message as a Hangfire job (<see cref="MailDeliveryJob"/>).</summary>
public sealed class BackgroundMailQueue(IBackgroundJobClient jobs) : IMailQueue
{
    public void Enqueue(OutgoingMail mail) => jobs.Enqueue<MailDeliveryJob>(job => job.SendAsync(mail, CancellationToken.None));
}
