namespace Kyzmat.Recruitment.Signatures.TimeStamping;

/// <summary>The time-stamping service did not answer, or not with a trusted token for the request; nothing was signed.</summary>
public sealed class TimeStampingException : Exception
{
    public TimeStampingException(string message)
        : base(message)
    {
    }

    public TimeStampingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TimeStampingException()
    {
    }
}
