using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kyzmat.Workflows.Persistence;

/// <summary>
/// Writes the audit rows of an engine command as one multi-row INSERT in the command's transaction, instead of one EF Core
/// command each: a step through a process writes three to six of them, and EF's update pipeline cost more per row than the
/// rest of the command. The rows belong to the command (<c>InstanceSession</c>) until it saves, so a command that fails
/// writes none of them, as if they were in the change tracker it clears.
/// </summary>
internal static class HistoryRows
{
    // SQL Server takes at most 2,100 parameters in a command: 7 per row.
    private const int RowsPerCommand = 250;

    private static readonly string[] Columns =
    [
        nameof(WorkflowHistoryRecord.InstanceId), nameof(WorkflowHistoryRecord.EventType), nameof(WorkflowHistoryRecord.ElementId),
        nameof(WorkflowHistoryRecord.TokenId), nameof(WorkflowHistoryRecord.Actor), nameof(WorkflowHistoryRecord.DataJson),
        nameof(WorkflowHistoryRecord.OccurredAt),
    ];

    private static readonly string[] ParameterNames = Enumerable.Range(0, RowsPerCommand * Columns.Length).Select(i => $"@h{i / Columns.Length}_{i % Columns.Length}").ToArray();

    private static readonly ConditionalWeakTable<IModel, InsertPlan> Plans = new();

    /// <summary>Saves the context's changes, then <paramref name="rows"/>, in one transaction (the caller's, if it has one).</summary>
    public static async Task SaveChangesAsync(DbContext db, IReadOnlyList<WorkflowHistoryRecord> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return;
        }

        if (db.Database.CurrentTransaction is not null)
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await InsertAsync(db, rows, ct).ConfigureAwait(false);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await InsertAsync(db, rows, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    // A bare DbCommand on the context's connection and transaction: EF's raw-SQL path (ExecuteSqlRaw) cost 20 KB more per
    // command in the workflow bench, a quarter of it. So EF's command interceptors and SQL log do not see this INSERT;
    // the driver's own tracing (Npgsql's ActivitySource) does.
    private static async Task InsertAsync(DbContext db, IReadOnlyList<WorkflowHistoryRecord> rows, CancellationToken ct)
    {
        var plan = Plans.GetValue(db.Model, _ => new InsertPlan(db));
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        foreach (var chunk in rows.Chunk(RowsPerCommand))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(plan.Prefix, plan.Prefix.Length + (chunk.Length * 64));
            for (var r = 0; r < chunk.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < Columns.Length; c++)
                {
                    var name = ParameterName(r, c);
                    text.Append(c == 0 ? "" : ", ").Append(name);
                    command.Parameters.Add(plan.Mappings[c].CreateParameter(command, name, Value(chunk[r], c), plan.Nullable[c]));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static string ParameterName(int row, int column) => ParameterNames[(row * Columns.Length) + column];

    private static object? Value(WorkflowHistoryRecord row, int column) => column switch
    {
        0 => row.InstanceId,
        1 => row.EventType,
        2 => row.ElementId,
        3 => row.TokenId,
        4 => row.Actor,
        5 => row.DataJson,
        _ => row.OccurredAt,
    };

    /// <summary>The INSERT's start, in the provider's quoting, and each column's type mapping (converters included).</summary>
    private sealed class InsertPlan
    {
        public InsertPlan(DbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(WorkflowHistoryRecord))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var properties = Columns.Select(c => entity.FindProperty(c)!).ToArray();
            Prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
                + string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))) + ") VALUES ";
            Mappings = properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray();
            Nullable = properties.Select(p => p.IsNullable).ToArray();
        }

        public string Prefix { get; }

        public RelationalTypeMapping[] Mappings { get; }

        public bool[] Nullable { get; }
    }
}
