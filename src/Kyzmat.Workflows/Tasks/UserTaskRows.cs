using System.Text.Json.Nodes;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Tasks;

internal static class UserTaskRows
{
    public static string JoinGroups(IEnumerable<string> groups) => "," + string.Join(",", groups.Select(g => g.Trim()).Where(g => g.Length > 0)) + ",";

    public static IReadOnlyList<string> SplitGroups(string groups) => groups.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The attributes a task listener's transition may change (assignee, candidates, dates, priority), to restore on a denial.</summary>
    public static JsonObject Snapshot(WorkflowUserTaskRecord t) => new()
    {
        ["assignee"] = t.Assignee,
        ["candidateGroups"] = t.CandidateGroups,
        ["candidateUsers"] = t.CandidateUsers,
        ["dueAt"] = t.DueAt,
        ["followUpAt"] = t.FollowUpAt,
        ["priority"] = t.Priority,
    };

    public static void Restore(WorkflowUserTaskRecord t, JsonObject snapshot)
    {
        t.Assignee = snapshot["assignee"]?.GetValue<string>();
        t.CandidateGroups = snapshot["candidateGroups"]?.GetValue<string>() ?? ",";
        t.CandidateUsers = snapshot["candidateUsers"]?.GetValue<string>() ?? ",";
        t.DueAt = snapshot["dueAt"]?.GetValue<DateTime>();
        t.FollowUpAt = snapshot["followUpAt"]?.GetValue<DateTime>();
        t.Priority = snapshot["priority"]?.GetValue<int>() ?? t.Priority;
    }

    /// <summary>A task listener's corrections (Camunda's: null keeps a value, an empty assignee or list clears it).</summary>
    public static void Correct(WorkflowUserTaskRecord t, UserTaskCorrections corrections)
    {
        if (corrections.Priority is < 0 or > 100)
        {
            throw new InvalidOperationException($"A task listener corrected the priority to {corrections.Priority}; it must be 0 to 100 (as in Camunda 8).");
        }

        t.Assignee = corrections.Assignee is { } assignee ? (assignee.Length == 0 ? null : assignee) : t.Assignee;
        t.CandidateGroups = corrections.CandidateGroups is { } groups ? JoinGroups(groups) : t.CandidateGroups;
        t.CandidateUsers = corrections.CandidateUsers is { } users ? JoinGroups(users) : t.CandidateUsers;
        t.DueAt = corrections.DueAt ?? t.DueAt;
        t.FollowUpAt = corrections.FollowUpAt ?? t.FollowUpAt;
        t.Priority = corrections.Priority ?? t.Priority;
    }

    public static UserTaskInfo ToInfo(WorkflowUserTaskRecord t) => new(
        t.Id, t.InstanceId, t.DefinitionKey, t.BusinessKey, t.ElementId, t.Name, t.FormKey, t.Assignee, SplitGroups(t.CandidateGroups), SplitGroups(t.CandidateUsers),
        t.DueAt, t.FollowUpAt, t.State, t.CreatedAt, t.CompletedAt, t.CompletedBy, t.InputJson)
    {
        Priority = t.Priority,
        FormVersionId = t.FormVersionId,
    };
}
