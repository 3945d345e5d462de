using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Timers;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime;

/// <summary>
/// The timer, message and signal start events of a process's latest version: a timer job or a subscription each,
/// owned by the definition rather than an instance. Deploying a new version replaces the previous version's, as in
/// Camunda 8.
/// </summary>
internal static class StartEventSubscriptions
{
    public static async Task ReplaceAsync(DbContext db, ProcessModel model, string definitionId, DateTime now, CancellationToken ct)
    {
        var key = model.Id;
        var previousPrefix = key + ":";
        db.RemoveRange(await db.Set<WorkflowJobRecord>().Where(j => j.Kind == JobKinds.TimerStart && j.DefinitionId!.StartsWith(previousPrefix))
            .ToListAsync(ct).ConfigureAwait(false));
        db.RemoveRange(await db.Set<WorkflowMessageSubscriptionRecord>().Where(s => s.DefinitionId != null && s.DefinitionId.StartsWith(previousPrefix))
            .ToListAsync(ct).ConfigureAwait(false));
        db.RemoveRange(await db.Set<WorkflowSignalSubscriptionRecord>().Where(s => s.DefinitionId != null && s.DefinitionId.StartsWith(previousPrefix))
            .ToListAsync(ct).ConfigureAwait(false));
        foreach (var start in model.EventStarts)
        {
            if (start.Kind == ElementKind.TimerStartEvent)
            {
                if (FirstDue(start.Timer!, now) is { } due)
                {
                    db.Add(TimerJob(definitionId, start.Id, due, createdAt: now));
                }
            }
            else if (start.Kind == ElementKind.SignalStartEvent)
            {
                db.Add(new WorkflowSignalSubscriptionRecord
                {
                    Id = Guid.NewGuid(),
                    DefinitionId = definitionId,
                    ElementId = start.Id,
                    SignalName = start.SignalName!,
                    CreatedAt = now,
                });
            }
            else
            {
                db.Add(new WorkflowMessageSubscriptionRecord
                {
                    Id = Guid.NewGuid(),
                    DefinitionId = definitionId,
                    ElementId = start.Id,
                    MessageName = start.MessageName!,
                    CorrelationKey = "",
                    CreatedAt = now,
                });
            }
        }
    }

    public static WorkflowJobRecord TimerJob(string definitionId, string elementId, DateTime due, DateTime createdAt) => new()
    {
        Id = Guid.NewGuid(),
        DefinitionId = definitionId,
        ElementId = elementId,
        Kind = JobKinds.TimerStart,
        State = JobKinds.Pending,
        DueAt = due,
        Retries = 1,
        CreatedAt = createdAt,
    };

    /// <summary>When a timer start event first fires: its date (at once when past), a duration from now, or its cycle's first.</summary>
    public static DateTime? FirstDue(TimerDefinition timer, DateTime now) => Next(timer, cycleStart: now, after: now, first: true);

    /// <summary>A cycle's next firing after one at <paramref name="after"/>; null for a date or duration, which fire once.</summary>
    public static DateTime? Next(TimerDefinition timer, DateTime cycleStart, DateTime after, bool first = false)
    {
        // A start event has no instance yet: a FEEL timer reads no variables (a constant, or now()).
        var text = FeelExpression.IsExpression(timer.Expression)
            ? FeelValues.ToJson(FeelExpression.Cached(timer.Expression).Evaluate(new System.Text.Json.Nodes.JsonObject(), new DateTimeOffset(after, TimeSpan.Zero)))?.ToString() ?? ""
            : timer.Expression;
        return timer.Kind switch
        {
            TimerKind.Cycle when TimerSchedules.TryParse(text, out var schedule, out _) => schedule.Next(cycleStart, after),
            TimerKind.Date when first && FeelValues.TryParseDateTime(text, out var date) => date.UtcDateTime < after ? after : date.UtcDateTime,
            TimerKind.Duration when first && FeelValues.TryParseDuration(text, out var duration) => after + duration,
            _ => null,
        };
    }
}
