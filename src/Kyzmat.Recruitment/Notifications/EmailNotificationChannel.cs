using Kyzmat.Recruitment.Mail;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Notifications;

/// <summary>Notifications by e-mail to the citizen's confirmed address, sent now (the delivery record is the retry).</summary>
public sealed class EmailNotificationChannel(KyzmatDbContext db, IMailSender sender, IOptions<NotificationOptions> options) : INotificationChannel
{
    public NotificationChannel Channel => NotificationChannel.Email;

    // Compiled once per model (decision 0011): every e-mailed notification asks it.
    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, CancellationToken, Task<string?>>> ConfirmedAddress = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid citizenId, CancellationToken _) =>
            db.Citizens.AsNoTracking().Where(c => c.Id == citizenId && c.EmailConfirmed).Select(c => c.Email).SingleOrDefault()));

    public Task<string?> AddressOfAsync(Guid citizenId, CancellationToken cancellationToken) =>
        ConfirmedAddress.For(db)(db, citizenId, cancellationToken);

    public Task SendAsync(Notification notification, string address, string language, CancellationToken cancellationToken) =>
        sender.SendAsync(NotificationMail.Compose(notification, address, language, options.Value.PortalUrl), cancellationToken);
}
