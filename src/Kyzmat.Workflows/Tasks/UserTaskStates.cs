namespace Kyzmat.Workflows.Tasks;

/// <summary>The states of a user task.</summary>
public static class UserTaskStates
{
    public const string Created = "Created";

    /// <summary>Its creating listeners run: not yet offered to anyone.</summary>
    public const string Creating = "Creating";

    /// <summary>Its completing listeners run: they may still deny the completion.</summary>
    public const string Completing = "Completing";
    public const string Completed = "Completed";
    public const string Cancelled = "Cancelled";

    /// <summary>Not completed or cancelled: the task's token waits at it.</summary>
    public static bool IsOpen(string state) => state is Created or Creating or Completing;
}
