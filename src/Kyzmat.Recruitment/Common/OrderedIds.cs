namespace Kyzmat.Recruitment.Common;

/// <summary>
/// Version-7 GUIDs that keep the order they were made in, also within one millisecond: lists that page by id, newest
/// first (a citizen's notifications, failed deliveries), must not swap two made in the same millisecond, which
/// <see cref="Guid.CreateVersion7()"/>'s random low bits would. A burst borrows the next milliseconds; across hosts the
/// order is the clocks'.
/// </summary>
public static class OrderedIds
{
    private static readonly Lock Gate = new();
    private static long _lastMilliseconds;

    public static Guid Next()
    {
        long milliseconds;
        lock (Gate)
        {
            milliseconds = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), _lastMilliseconds + 1);
            _lastMilliseconds = milliseconds;
        }

        return Guid.CreateVersion7(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));
    }
}
