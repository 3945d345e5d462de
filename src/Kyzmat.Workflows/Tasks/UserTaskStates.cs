namespace Kyzmat.Workflows.Tasks;

/// <summary>The states of a user task.</summary>
public static class UserTaskStates
{
    public const string Created = "Created";
    public const string Completed = "Completed";
    public const string Cancelled = "Cancelled";
}
