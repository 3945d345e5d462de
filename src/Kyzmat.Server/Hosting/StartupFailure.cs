using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Server.Hosting;

internal static class StartupFailure
{
    /// <summary>
    /// Tells the operator, in one line on standard error, why Kyzmat did not start — what to change,
    /// not a stack trace.
    /// </summary>
    public static void Report(KyzmatConfigurationException exception)
    {
        Console.Error.WriteLine($"Kyzmat cannot start: {exception.Message}");
    }
}
