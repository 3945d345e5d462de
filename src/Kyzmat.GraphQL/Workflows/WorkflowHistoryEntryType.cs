using GraphQL.Types;
using Kyzmat.Workflows.History;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowHistoryEntryType : ObjectGraphType<HistoryEntry>
{
    public WorkflowHistoryEntryType()
    {
        Name = "WorkflowHistoryEntry";
        Description = "One entry of an instance's audit trail.";
        this.AdminOnly();
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("Orders the entries.").Resolve(c => c.Source.Sequence);
        Field(h => h.EventType).Description("E.g. `InstanceStarted`, `ElementEntered`, `TaskCompleted`, `IncidentRaised`, `InstanceMigrated`.");
        Field(h => h.ElementId, nullable: true);
        Field<IdGraphType>("tokenId").Resolve(c => c.Source.TokenId);
        Field(h => h.Actor, nullable: true).Description("Who did it (a user's subject), when a person did.");
        Field<StringGraphType>("data").Description("Details as a JSON document.").Resolve(c => c.Source.DataJson);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Resolve(c => WorkflowTime.Of(c.Source.OccurredAt));
    }
}
