namespace Kyzmat.Recruitment.Notifications;

/// <summary>The channel says the recipient can no longer be reached there (e.g. the chat blocked the bot): do not retry.</summary>
public sealed class RecipientGoneException : Exception
{
    public RecipientGoneException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RecipientGoneException(string message)
        : base(message)
    {
    }

    public RecipientGoneException()
    {
    }
}
