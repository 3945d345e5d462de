namespace Kyzmat.Recruitment.Persistence;

/// <summary>
/// Kyzmat cannot start as configured. The message alone tells the operator what to change;
/// the host prints it without a stack trace.
/// </summary>
public sealed class KyzmatConfigurationException : Exception
{
    public KyzmatConfigurationException(string message)
        : base(message)
    {
    }

    public KyzmatConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KyzmatConfigurationException()
    {
    }
}
