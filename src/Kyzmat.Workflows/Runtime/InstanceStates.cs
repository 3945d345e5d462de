namespace Kyzmat.Workflows.Runtime;

/// <summary>The states of a process instance.</summary>
public static class InstanceStates
{
    public const string Active = "Active";
    public const string Completed = "Completed";
    public const string Cancelled = "Cancelled";
}
