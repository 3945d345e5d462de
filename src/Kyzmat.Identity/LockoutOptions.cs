namespace Kyzmat.Identity;

/// <summary>Configuration section <c>Kyzmat:Identity:Lockout</c>: counted from the sign-in history.</summary>
public sealed class LockoutOptions
{
    /// <summary>Failed password or code attempts on one PIN, within <see cref="Window"/>, that lock it.</summary>
    /// <remarks>Above a code's own 5 tries, so that one dead code alone does not lock the PIN.</remarks>
    public int MaxFailuresPerPin { get; set; } = 10;

    /// <summary>Failed attempts from one client address, within <see cref="Window"/>, that lock it.</summary>
    public int MaxFailuresPerAddress { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long after the last failure the lock lasts.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}
