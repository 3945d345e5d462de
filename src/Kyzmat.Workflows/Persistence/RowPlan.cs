using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kyzmat.Workflows.Persistence;

/// <summary>
/// How the engine writes rows of one table itself: the table and column names in the provider's quoting, and each
/// column's type mapping (value converters included, such as SQLite's GUIDs as text). Built once per model from EF's
/// metadata, so the statements match what EF would write.
/// </summary>
internal sealed class RowPlan
{
    private static readonly ConditionalWeakTable<IModel, IReadOnlyDictionary<Type, RowPlan>> PlansByModel = new();

    // The tables whose rows an engine command changes; the definitions, decisions and forms are written by deployments.
    private static readonly Type[] CommandTables =
    [
        typeof(WorkflowInstanceRecord), typeof(WorkflowUserTaskRecord), typeof(WorkflowJobRecord), typeof(WorkflowMessageSubscriptionRecord),
        typeof(WorkflowSignalSubscriptionRecord), typeof(WorkflowIncidentRecord), typeof(WorkflowHistoryRecord),
    ];

    private RowPlan(IEntityType entity, ISqlGenerationHelper sql)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        Table = sql.DelimitIdentifier(table.Name, table.Schema);
        var key = entity.FindPrimaryKey()!.Properties.Single();
        // A key the database generates (the audit rows' identity) is left out of the INSERT.
        Columns = entity.GetProperties().Where(p => !(p == key && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType != typeof(Guid)))
            .Select(p => new Column(p, sql.DelimitIdentifier(p.GetColumnName(table)!), (RelationalTypeMapping)p.GetTypeMapping())).ToArray();
        Key = new Column(key, sql.DelimitIdentifier(key.GetColumnName(table)!), (RelationalTypeMapping)key.GetTypeMapping());
        Tokens = Columns.Where(c => c.Property.IsConcurrencyToken).ToArray();
        InsertPrefix = $"INSERT INTO {Table} (" + string.Join(", ", Columns.Select(c => c.Name)) + ") VALUES ";
    }

    public string Table { get; }

    public Column[] Columns { get; }

    public Column Key { get; }

    /// <summary>The columns an UPDATE or DELETE checks against the values read (the row's version).</summary>
    public Column[] Tokens { get; }

    public string InsertPrefix { get; }

    /// <summary>The plans of the engine's command tables in <paramref name="db"/>'s model, by record type.</summary>
    public static IReadOnlyDictionary<Type, RowPlan> For(DbContext db) => PlansByModel.GetValue(db.Model, _ =>
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        return CommandTables.ToDictionary(t => t, t => new RowPlan(db.Model.FindEntityType(t)!, sql));
    });

    private static readonly ConditionalWeakTable<IModel, StrongBox<bool>> PositionalByModel = new();

    /// <summary>Whether the provider takes positional parameters ($1, $2…) as they are: Npgsql does (a model is per provider).</summary>
    public static bool TakesPositionalParameters(DbContext db) =>
        PositionalByModel.GetValue(db.Model, _ => new StrongBox<bool>(db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")).Value;

    public sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping);
}
