using MimeKit;

namespace Kyzmat.Recruitment.Mail;

internal static class MimeMessages
{
    public static MimeMessage From(OutgoingMail mail, string from)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.TextBody };
        return message;
    }
}
