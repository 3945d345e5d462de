using Kyzmat.Recruitment.Notifications;

namespace Kyzmat.Recruitment.Reserve;

/// <summary>The daily background job that takes entries whose term has ended out of the personnel reserve, with a notice.</summary>
public sealed class ReserveExpiryJob(PersonnelReserve reserve, NotificationCenter notifications)
{
    public const string Id = "reserve-expiry";

    /// <summary>Every day at 00:05 in Bishkek (18:05 UTC).</summary>
    public const string Schedule = "5 18 * * *";

    public Task<int> RunAsync(CancellationToken cancellationToken) => reserve.ExpireAsync(notifications, cancellationToken);
}
