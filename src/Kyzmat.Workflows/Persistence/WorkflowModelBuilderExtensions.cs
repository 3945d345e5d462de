using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Persistence;

/// <summary>Adds the engine's tables (prefixed wf_) to the application's own DbContext model.</summary>
public static class WorkflowModelBuilderExtensions
{
    private const int KeyLength = 200;

    public static ModelBuilder ApplyWorkflowModel(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<WorkflowDefinitionRecord>(e =>
        {
            e.ToTable("wf_definitions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(KeyLength + 12);
            e.Property(x => x.Key).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.ResourceName).HasMaxLength(500);
            e.Property(x => x.Hash).HasMaxLength(64).IsRequired();
            e.Property(x => x.Xml).IsRequired();
            e.Property(x => x.VersionTag).HasMaxLength(KeyLength);
            e.HasIndex(x => new { x.Key, x.Version }).IsUnique();
        });
        modelBuilder.Entity<WorkflowDecisionRecord>(e =>
        {
            e.ToTable("wf_decisions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(KeyLength + 12);
            e.Property(x => x.DecisionId).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.DrgId).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.DrgName).HasMaxLength(500);
            e.Property(x => x.ResourceName).HasMaxLength(500);
            e.Property(x => x.Hash).HasMaxLength(64).IsRequired();
            e.Property(x => x.Xml).IsRequired();
            e.Property(x => x.VersionTag).HasMaxLength(KeyLength);
            e.HasIndex(x => new { x.DecisionId, x.Version }).IsUnique();
        });
        modelBuilder.Entity<WorkflowFormRecord>(e =>
        {
            e.ToTable("wf_forms");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(KeyLength + 12);
            e.Property(x => x.FormId).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.VersionTag).HasMaxLength(KeyLength);
            e.Property(x => x.ResourceName).HasMaxLength(500);
            e.Property(x => x.Hash).HasMaxLength(64).IsRequired();
            e.Property(x => x.Json).IsRequired();
            e.HasIndex(x => new { x.FormId, x.Version }).IsUnique();
        });
        modelBuilder.Entity<WorkflowInstanceRecord>(e =>
        {
            e.ToTable("wf_instances");
            e.HasKey(x => x.Id);
            e.Property(x => x.DefinitionId).HasMaxLength(KeyLength + 12).IsRequired();
            e.Property(x => x.DefinitionKey).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.BusinessKey).HasMaxLength(KeyLength);
            e.Property(x => x.State).HasMaxLength(20).IsRequired();
            e.Property(x => x.TokensJson).IsRequired();
            e.Property(x => x.VariablesJson).IsRequired();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.BusinessKey);
            e.HasIndex(x => new { x.DefinitionKey, x.State });
            e.HasIndex(x => x.ParentInstanceId);
            e.Property(x => x.ParentElementId).HasMaxLength(KeyLength);
            e.Property(x => x.StartCorrelationKey).HasMaxLength(KeyLength);
            e.HasIndex(x => new { x.IsTestRun, x.State });
        });
        modelBuilder.Entity<WorkflowUserTaskRecord>(e =>
        {
            e.ToTable("wf_user_tasks");
            e.HasKey(x => x.Id);
            e.Property(x => x.DefinitionKey).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.BusinessKey).HasMaxLength(KeyLength);
            e.Property(x => x.ElementId).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.Name).HasMaxLength(500).IsRequired();
            e.Property(x => x.FormKey).HasMaxLength(KeyLength);
            e.Property(x => x.FormVersionId).HasMaxLength(KeyLength + 12);
            e.Property(x => x.Assignee).HasMaxLength(KeyLength);
            e.Property(x => x.CandidateGroups).HasMaxLength(2000).IsRequired();
            e.Property(x => x.CandidateUsers).HasMaxLength(2000).IsRequired();
            e.Property(x => x.State).HasMaxLength(20).IsRequired();
            e.Property(x => x.CompletedBy).HasMaxLength(KeyLength);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.State, x.Assignee });
            e.HasIndex(x => x.InstanceId);
            // A business key's open task is found on every step of an application: with the state in this index the
            // lookup never combines it with (State, Assignee), whose open rows grow with every filed application
            // (PostgreSQL did so while the table's statistics lagged behind its growth).
            e.HasIndex(x => new { x.BusinessKey, x.State });
        });
        modelBuilder.Entity<WorkflowJobRecord>(e =>
        {
            e.ToTable("wf_jobs");
            e.HasKey(x => x.Id);
            e.Property(x => x.ElementId).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.Kind).HasMaxLength(20).IsRequired();
            e.Property(x => x.TaskType).HasMaxLength(KeyLength);
            e.Property(x => x.DefinitionId).HasMaxLength(KeyLength + 12);
            e.Property(x => x.State).HasMaxLength(20).IsRequired();
            e.Property(x => x.LockOwner).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.State, x.DueAt });
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<WorkflowMessageSubscriptionRecord>(e =>
        {
            e.ToTable("wf_message_subscriptions");
            e.HasKey(x => x.Id);
            e.Property(x => x.ElementId).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.MessageName).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.CorrelationKey).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.DefinitionId).HasMaxLength(KeyLength + 12);
            e.HasIndex(x => new { x.MessageName, x.CorrelationKey });
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<WorkflowSignalSubscriptionRecord>(e =>
        {
            e.ToTable("wf_signal_subscriptions");
            e.HasKey(x => x.Id);
            e.Property(x => x.ElementId).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.SignalName).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.DefinitionId).HasMaxLength(KeyLength + 12);
            e.HasIndex(x => x.SignalName);
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<WorkflowIncidentRecord>(e =>
        {
            e.ToTable("wf_incidents");
            e.HasKey(x => x.Id);
            e.Property(x => x.ElementId).HasMaxLength(KeyLength).IsRequired();
            e.Property(x => x.Code).HasMaxLength(50).IsRequired();
            e.Property(x => x.Message).HasMaxLength(4000).IsRequired();
            e.Property(x => x.State).HasMaxLength(20).IsRequired();
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<WorkflowHistoryRecord>(e =>
        {
            e.ToTable("wf_history");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.EventType).HasMaxLength(50).IsRequired();
            e.Property(x => x.ElementId).HasMaxLength(KeyLength);
            e.Property(x => x.Actor).HasMaxLength(KeyLength);
            e.HasIndex(x => x.InstanceId);
        });
        return modelBuilder;
    }
}
