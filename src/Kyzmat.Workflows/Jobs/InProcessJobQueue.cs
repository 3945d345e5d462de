using System.Threading.Channels;

namespace Kyzmat.Workflows.Jobs;

/// <summary>
/// Ids of jobs due now, handed from the step that committed them to this process's <see cref="InProcessJobWorker"/>.
/// Only a hint: the row in wf_jobs is the job. An id dropped because the queue is full, or lost when the process
/// stops, is run by the poller of any engine within its interval.
/// </summary>
public sealed class InProcessJobQueue
{
    private readonly Channel<Guid> _ids;

    public InProcessJobQueue(WorkflowEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ids = Channel.CreateBounded<Guid>(new BoundedChannelOptions(options.InProcessQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
            SingleWriter = false,
            SingleReader = false,
        });
    }

    /// <summary>False when the queue is full (the poller will run the job).</summary>
    public bool TryHandOff(Guid jobId) => _ids.Writer.TryWrite(jobId);

    internal ChannelReader<Guid> Reader => _ids.Reader;
}
