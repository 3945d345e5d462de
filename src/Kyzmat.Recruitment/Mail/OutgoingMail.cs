namespace Kyzmat.Recruitment.Mail;

/// <summary>
/// A message to one recipient: plain text, and an HTML alternative when there is one. Serialised into background
/// jobs, so it stays a simple record — unless it <see cref="CarriesSecret"/> (a one-time code), which is never written
/// anywhere and goes out through <see cref="SecretMailDelivery"/> instead.
/// </summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string? HtmlBody = null, bool CarriesSecret = false);
