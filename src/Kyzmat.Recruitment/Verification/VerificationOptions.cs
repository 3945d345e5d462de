namespace Kyzmat.Recruitment.Verification;

/// <summary>Configuration section <c>Kyzmat:Verification</c>.</summary>
public sealed class VerificationOptions
{
    public const string Section = "Kyzmat:Verification";

    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wrong tries a code survives; the last one kills it.</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan ResendInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Codes that may be sent per subject and purpose in an hour.</summary>
    public int MaxPerHour { get; set; } = 5;
}
