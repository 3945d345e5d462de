using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Notifications;

/// <summary>Something the citizen is told once, on the channels they chose; the portal keeps it for a year.</summary>
public sealed class Notification
{
    public Guid Id { get; init; } = OrderedIds.Next();

    public Guid CitizenId { get; init; }

    public NotificationKind Kind { get; init; }

    public required LocalizedText Title { get; init; }

    public required LocalizedText Body { get; init; }

    /// <summary>The portal path of what it is about, e.g. /cabinet/applications/{id}.</summary>
    public string? Link { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }
}
