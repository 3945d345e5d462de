using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Tasks;

/// <summary>Queries and operations on user tasks.</summary>
public interface IUserTaskService
{
    Task<PagedResult<UserTaskInfo>> QueryAsync(UserTaskQuery query, CancellationToken ct = default);

    Task<UserTaskInfo> GetAsync(Guid taskId, CancellationToken ct = default);

    /// <summary>
    /// The open task of a business key with this form key (the earliest, if several), or null. Kept by the scope, so
    /// that claiming or completing it next in the same scope reads it no second time.
    /// </summary>
    Task<UserTaskInfo?> FindOpenAsync(string businessKey, string formKey, CancellationToken ct = default);

    /// <summary>A task element's zeebe:properties in the version of the process its instance runs (empty when it has none).</summary>
    Task<IReadOnlyDictionary<string, string>> PropertiesOfAsync(Guid instanceId, string elementId, CancellationToken ct = default);

    /// <summary>
    /// Assigns the task to <paramref name="userId"/>; refused when someone else holds it. Of two claims at once exactly one
    /// wins (a conditional update on the row's version); the other gets TASK_ALREADY_CLAIMED.
    /// With assigning listeners (claim, unclaim and assign alike) the change waits for them, as in Camunda 8.8: the call
    /// returns once they have run (TASK_ASSIGNMENT_DENIED when one denied it), or, when one failed or the caller's
    /// transaction is open, with the task still Assigning (the new assignee shown, in effect once the listeners have run).
    /// </summary>
    Task<UserTaskInfo> ClaimAsync(Guid taskId, string userId, CancellationToken ct = default);

    /// <summary>
    /// Clears the assignee. The assignee may; anyone else only as the authorizer's <c>CanAssignAsync</c> allows.
    /// Errors: NOT_AUTHORIZED, TASK_ALREADY_CLAIMED (someone else took it meanwhile), TASK_NOT_ACTIVE, TASK_ALREADY_COMPLETED.
    /// </summary>
    Task<UserTaskInfo> UnclaimAsync(Guid taskId, string userId, CancellationToken ct = default);

    /// <summary>Gives the task to <paramref name="assignee"/> as the authorizer's <c>CanAssignAsync</c> allows; NOT_AUTHORIZED otherwise.</summary>
    Task<UserTaskInfo> AssignAsync(Guid taskId, string actorId, string assignee, CancellationToken ct = default);

    /// <summary>
    /// Changes the task's candidates, dates or priority (Camunda's update; the assignee changes by claim and assign), as the
    /// authorizer's <c>CanUpdateAsync</c> allows. Errors: NOT_AUTHORIZED, TASK_NOT_ACTIVE, TASK_UPDATE_DENIED (an updating listener).
    /// </summary>
    Task<UserTaskInfo> UpdateAsync(Guid taskId, string actorId, UserTaskUpdate changes, CancellationToken ct = default);

    /// <summary>
    /// Completes the task with variables and moves the instance on, in one save of the host's DbContext
    /// (so domain changes the host made on the same context commit with it).
    /// A task that keeps a Camunda form version takes only what that form allows (FORM_DATA_INVALID with field errors).
    /// Errors: TASK_ALREADY_COMPLETED, TASK_NOT_ACTIVE, NOT_AUTHORIZED, CONCURRENCY_CONFLICT, FORM_DATA_INVALID.
    /// </summary>
    Task CompleteAsync(Guid taskId, string userId, JsonObject? variables = null, CancellationToken ct = default);
}
