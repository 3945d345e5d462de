namespace Kyzmat.Recruitment.Notifications;

public enum NotificationChannel
{
    /// <summary>The cabinet's «Билдирмелер» list.</summary>
    Portal = 1,

    Email = 2,

    /// <summary>«Telegram аркылуу эскертмелер», once the citizen has linked a chat.</summary>
    Telegram = 3,
}
