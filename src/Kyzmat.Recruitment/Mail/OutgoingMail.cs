namespace Kyzmat.Recruitment.Mail;

/// <summary>A plain-text message to one recipient. Serialised into background jobs, so it stays a simple record.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody);
