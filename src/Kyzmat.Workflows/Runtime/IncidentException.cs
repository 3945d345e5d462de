namespace Kyzmat.Workflows.Runtime;

/// <summary>Raised inside a step for a problem that must become an incident on the token (not a crash).</summary>
internal sealed class IncidentException : Exception
{
    public IncidentException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public IncidentException()
        : this("INCIDENT", "Incident.")
    {
    }

    public IncidentException(string message)
        : this("INCIDENT", message)
    {
    }

    public IncidentException(string message, Exception inner)
        : base(message, inner)
    {
        Code = "INCIDENT";
    }

    public string Code { get; }
}
