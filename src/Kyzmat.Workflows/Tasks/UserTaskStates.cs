namespace Kyzmat.Workflows.Tasks;

/// <summary>The states of a user task.</summary>
public static class UserTaskStates
{
    public const string Created = "Created";

    /// <summary>Its creating listeners run: not yet offered to anyone.</summary>
    public const string Creating = "Creating";

    /// <summary>Its assigning listeners run (a claim, an unclaim, an assignment): the new assignee is shown; a listener may still deny it.</summary>
    public const string Assigning = "Assigning";

    /// <summary>Its updating listeners run: the changed attributes are shown; a listener may still deny them.</summary>
    public const string Updating = "Updating";

    /// <summary>Its completing listeners run: they may still deny the completion.</summary>
    public const string Completing = "Completing";
    public const string Completed = "Completed";

    /// <summary>Its element was terminated and its canceling listeners run; then it is cancelled.</summary>
    public const string Canceling = "Canceling";
    public const string Cancelled = "Cancelled";

    /// <summary>Not completed or cancelled: the task's token waits at it (or, canceling, its canceling listeners run).</summary>
    public static bool IsOpen(string state) => state is not (Completed or Cancelled);

    /// <summary>A listener of the task runs: no one may act on it until the transition it holds back has taken effect.</summary>
    public static bool IsTransitioning(string state) => state is Creating or Assigning or Updating or Completing or Canceling;
}
