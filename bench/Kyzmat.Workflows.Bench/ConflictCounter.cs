using System.Diagnostics.Metrics;
using Kyzmat.Workflows.Diagnostics;

namespace Kyzmat.Workflows.Bench;

/// <summary>Counts the engine's saves that lost to another command on the same instance (each one the engine retries), from its meter.</summary>
public sealed class ConflictCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public ConflictCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == WorkflowMetrics.MeterName && instrument.Name == WorkflowMetrics.SaveConflictsName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
        _listener.Start();
    }

    public int Count => (int)Interlocked.Read(ref _count);

    public void Dispose() => _listener.Dispose();
}
