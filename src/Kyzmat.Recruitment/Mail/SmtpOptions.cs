namespace Kyzmat.Recruitment.Mail;

/// <summary>Configuration section <c>Kyzmat:Mail:Smtp</c>.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    /// <summary><c>None</c>, <c>Auto</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c> (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Connections kept open between messages; 0: one connection per message.</summary>
    public int IdleConnections { get; set; } = 4;

    /// <summary>
    /// How long a kept connection may wait for the next message before it is closed (QUIT). Well under the 5 minutes
    /// RFC 5321 asks servers to wait, so a server normally never drops one first.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
