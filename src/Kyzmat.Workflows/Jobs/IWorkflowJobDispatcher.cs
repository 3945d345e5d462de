using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Jobs;

/// <summary>Told about jobs right after the step that wrote them committed (e.g. to enqueue them to Hangfire).</summary>
public interface IWorkflowJobDispatcher
{
    void JobsCommitted(IReadOnlyList<WorkflowJobRecord> jobs);
}
