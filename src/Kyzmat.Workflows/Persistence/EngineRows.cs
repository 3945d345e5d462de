using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kyzmat.Workflows.Persistence;

/// <summary>
/// Saves an engine command: the instance, task, job, subscription and incident rows it added, changed or removed, and its
/// audit rows, written from EF's change tracker as a few plain statements in one transaction. EF's update pipeline cost
/// about a fifth of the engine's CPU per step in the workflow bench; the audit rows were already a multi-row INSERT of
/// their own. When the context holds other changes too (the host's rows, saved in the same unit of work) EF saves
/// those and the engine's rows as before, and the audit rows follow in the same transaction. Either way a row whose
/// version changed since it was read refuses the whole save with EF's <see cref="DbUpdateConcurrencyException"/>, and a
/// command that fails writes nothing: its audit rows belong to it (<c>InstanceSession</c>) until it saves.
/// </summary>
internal static class EngineRows
{
    /// <summary>Saves the context's changes and <paramref name="history"/> in one transaction (the caller's, if it has one).</summary>
    public static async Task SaveChangesAsync(DbContext db, IReadOnlyList<WorkflowHistoryRecord> history, CancellationToken ct)
    {
        var plans = RowPlan.For(db);
        var changed = EngineChanges(db, plans);
        if (changed is { Count: 0 } && history.Count == 0)
        {
            return;
        }

        if (changed is null && history.Count == 0 && db.Database.CurrentTransaction is null)
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return;
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false) : null;
        try
        {
            if (changed is null)
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }

            await using (var batch = new RowBatch(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), RowPlan.TakesPositionalParameters(db)))
            {
                foreach (var (entry, plan) in changed ?? [])
                {
                    Write(batch, entry, plan);
                }

                InsertHistory(batch, history, plans[typeof(WorkflowHistoryRecord)]);
                try
                {
                    await batch.ExecuteAsync(ct).ConfigureAwait(false);
                }
                catch (DbException ex)
                {
                    throw new DbUpdateException("The engine's rows could not be saved: " + ex.Message, ex);
                }
            }

            if (own is not null)
            {
                await own.CommitAsync(ct).ConfigureAwait(false);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }

        foreach (var (entry, _) in changed ?? [])
        {
            Accept(entry);
        }
    }

    /// <summary>The changed entries when all of them are rows of the engine's command tables; null when EF must save them.</summary>
    private static List<(EntityEntry Entry, RowPlan Plan)>? EngineChanges(DbContext db, IReadOnlyDictionary<Type, RowPlan> plans)
    {
        var tracker = db.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.DetectChanges();
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var changed = new List<(EntityEntry, RowPlan)>();
            foreach (var entry in tracker.Entries())
            {
                if (entry.State is EntityState.Unchanged or EntityState.Detached)
                {
                    continue;
                }

                // Audit rows added through the context get their identity from EF; the host's rows are EF's to save.
                if (entry.Entity is WorkflowHistoryRecord || !plans.TryGetValue(entry.Metadata.ClrType, out var plan))
                {
                    return null;
                }

                changed.Add((entry, plan));
            }

            return changed;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static void Write(RowBatch batch, EntityEntry entry, RowPlan plan)
    {
        switch (entry.State)
        {
            case EntityState.Added:
                var values = entry.CurrentValues;
                var insert = batch.Statement(plan.Columns.Length).Append(plan.InsertPrefix).Append('(');
                for (var c = 0; c < plan.Columns.Length; c++)
                {
                    insert.Append(c == 0 ? "" : ", ").Append(batch.Value(plan.Columns[c], values[plan.Columns[c].Property]));
                }

                insert.Append(')');
                break;
            case EntityState.Modified:
                var current = entry.CurrentValues;
                var modified = plan.Columns.Where(c => entry.Property(c.Property).IsModified).ToList();
                if (modified.Count == 0)
                {
                    // Marked modified, but every value is back to what was read: EF sends nothing for such a row either.
                    return;
                }

                var update = batch.Statement(modified.Count + 1 + plan.Tokens.Length).Append("UPDATE ").Append(plan.Table).Append(" SET ");
                for (var c = 0; c < modified.Count; c++)
                {
                    update.Append(c == 0 ? "" : ", ").Append(modified[c].Name).Append(" = ").Append(batch.Value(modified[c], current[modified[c].Property]));
                }

                Where(batch, update, entry, plan);
                break;
            default:
                Where(batch, batch.Statement(1 + plan.Tokens.Length).Append("DELETE FROM ").Append(plan.Table), entry, plan);
                break;
        }

        batch.End(rows: 1);
    }

    private static void Where(RowBatch batch, System.Text.StringBuilder text, EntityEntry entry, RowPlan plan)
    {
        var original = entry.OriginalValues;
        text.Append(" WHERE ").Append(plan.Key.Name).Append(" = ").Append(batch.Value(plan.Key, original[plan.Key.Property]));
        foreach (var token in plan.Tokens)
        {
            text.Append(" AND ").Append(token.Name).Append(" = ").Append(batch.Value(token, original[token.Property]));
        }
    }

    private static void InsertHistory(RowBatch batch, IReadOnlyList<WorkflowHistoryRecord> rows, RowPlan plan)
    {
        // One multi-row INSERT per command; the batch starts another command when the parameters would not fit.
        var perStatement = Math.Max(1, 1000 / plan.Columns.Length);
        foreach (var chunk in rows.Chunk(perStatement))
        {
            var text = batch.Statement(chunk.Length * plan.Columns.Length).Append(plan.InsertPrefix);
            for (var r = 0; r < chunk.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < plan.Columns.Length; c++)
                {
                    text.Append(c == 0 ? "" : ", ").Append(batch.Value(plan.Columns[c], plan.Columns[c].Property.GetGetter().GetClrValue(chunk[r])));
                }

                text.Append(')');
            }

            batch.End(chunk.Length);
        }
    }

    /// <summary>What SaveChanges does for a row it saved: deleted rows leave the context; the others are now as stored.</summary>
    private static void Accept(EntityEntry entry)
    {
        if (entry.State == EntityState.Deleted)
        {
            entry.State = EntityState.Detached;
            return;
        }

        entry.OriginalValues.SetValues(entry.CurrentValues);
        entry.State = EntityState.Unchanged;
    }
}
