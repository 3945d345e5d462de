namespace Kyzmat.Recruitment.Mail;

/// <summary>Hands a message to background delivery; returns at once.</summary>
public interface IMailQueue
{
    void Enqueue(OutgoingMail mail);
}
