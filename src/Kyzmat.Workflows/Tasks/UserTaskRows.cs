using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Tasks;

internal static class UserTaskRows
{
    public static string JoinGroups(IEnumerable<string> groups) => "," + string.Join(",", groups.Select(g => g.Trim()).Where(g => g.Length > 0)) + ",";

    public static IReadOnlyList<string> SplitGroups(string groups) => groups.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static UserTaskInfo ToInfo(WorkflowUserTaskRecord t) => new(
        t.Id, t.InstanceId, t.DefinitionKey, t.BusinessKey, t.ElementId, t.Name, t.FormKey, t.Assignee, SplitGroups(t.CandidateGroups), SplitGroups(t.CandidateUsers),
        t.DueAt, t.FollowUpAt, t.State, t.CreatedAt, t.CompletedAt, t.CompletedBy, t.InputJson)
    {
        Priority = t.Priority,
        FormVersionId = t.FormVersionId,
    };
}
