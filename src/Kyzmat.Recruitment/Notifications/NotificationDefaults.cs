namespace Kyzmat.Recruitment.Notifications;

/// <summary>What is on until the citizen says otherwise: everything in the portal and by e-mail, Telegram once linked.</summary>
public static class NotificationDefaults
{
    public static bool IsEnabled(NotificationKind kind, NotificationChannel channel) => channel switch
    {
        // Vacancy alerts come as the saved search says; the portal list would only fill up with them.
        NotificationChannel.Portal => kind != NotificationKind.VacancyAlert,
        _ => true,
    };
}
