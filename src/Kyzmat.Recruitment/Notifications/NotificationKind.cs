namespace Kyzmat.Recruitment.Notifications;

/// <summary>What a notification is about; the citizen chooses the channels per kind («Билдирмелер»).</summary>
public enum NotificationKind
{
    /// <summary>An application moved on: filed, admitted, refused, appointed, …</summary>
    ApplicationStatus = 1,

    /// <summary>For HR reviewers: a task of their body needs attention (e.g. overdue).</summary>
    HrTask = 2,

    /// <summary>A personnel-reserve entry began or ended.</summary>
    Reserve = 3,

    /// <summary>A newly published vacancy matches a saved search.</summary>
    VacancyAlert = 4,

    /// <summary>A favourite vacancy closes soon.</summary>
    DeadlineReminder = 5,
}
