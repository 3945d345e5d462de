using Kyzmat.Recruitment.Mail;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Notifications;

/// <summary>Notifications by e-mail to the citizen's confirmed address, sent now (the delivery record is the retry).</summary>
public sealed class EmailNotificationChannel(KyzmatDbContext db, IMailSender sender, IOptions<NotificationOptions> options) : INotificationChannel
{
    public NotificationChannel Channel => NotificationChannel.Email;

    public Task<string?> AddressOfAsync(Guid citizenId, CancellationToken cancellationToken) =>
        db.Citizens.AsNoTracking().Where(c => c.Id == citizenId && c.EmailConfirmed).Select(c => c.Email).SingleOrDefaultAsync(cancellationToken);

    public Task SendAsync(Notification notification, string address, string language, CancellationToken cancellationToken) =>
        sender.SendAsync(NotificationMail.Compose(notification, address, language, options.Value.PortalUrl), cancellationToken);
}
