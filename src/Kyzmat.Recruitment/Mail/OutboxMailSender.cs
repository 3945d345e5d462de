using Kyzmat.Recruitment.Common;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Mail;

/// <summary>
/// The embedded default: writes each message as an .eml file under <c>&lt;DataPath&gt;/outbox/</c>, where a developer
/// (or the Development-only outbox page) reads it. Nothing leaves the machine.
/// </summary>
public sealed class OutboxMailSender(DataFolder data, IOptions<MailOptions> options, TimeProvider clock) : IMailSender
{
    public const string FolderName = "outbox";

    public string Folder => data.Folder(FolderName);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        using var message = MimeMessages.From(mail, options.Value.From);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(Folder, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(Folder, name));
    }
}
