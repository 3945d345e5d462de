using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>Jobs: the work a token waits for outside the command (a handler's run, a timer's due time).</summary>
internal sealed class JobBehavior(InstanceSession session)
{
    public void Create(TokenState token, string elementId, string kind, string? type, DateTime dueAt, int retries, DateTime? createdAt = null) =>
        Create(token.Id, elementId, kind, type, dueAt, retries, createdAt);

    /// <summary>A job owned by <paramref name="ownerId"/>: a token, or a scope listening for its event sub-processes.</summary>
    public void Create(Guid ownerId, string elementId, string kind, string? type, DateTime dueAt, int retries, DateTime? createdAt = null) =>
        session.AddJob(new WorkflowJobRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = session.Instance.Id,
            TokenId = ownerId,
            ElementId = elementId,
            Kind = kind,
            TaskType = type,
            State = JobKinds.Pending,
            DueAt = dueAt,
            Retries = retries,
            CreatedAt = createdAt ?? session.Now,
        });

    public async Task RemoveAllOfTokenAsync(Guid tokenId, CancellationToken ct) =>
        session.RemoveAll(await session.JobsOfTokenAsync(tokenId, ct).ConfigureAwait(false));
}
