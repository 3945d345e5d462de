using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Jobs;

/// <summary>The default dispatcher: does nothing; the poller (or a direct call to the runner) picks due jobs from the database.</summary>
public sealed class PollingJobDispatcher : IWorkflowJobDispatcher
{
    public void JobsCommitted(IReadOnlyList<WorkflowJobRecord> jobs)
    {
    }
}
