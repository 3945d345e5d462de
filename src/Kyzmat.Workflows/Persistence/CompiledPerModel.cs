using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Kyzmat.Workflows.Persistence;

/// <summary>
/// A query compiled with <c>EF.CompileAsyncQuery</c> once per model: a compiled query refuses a context of another
/// model, and one process may hold contexts of several (each database provider has its own, and tests run them side by
/// side). Hot lookups are compiled because building a LINQ query and finding it in EF's cache on every call cost about
/// as much CPU as the database's work for it (decision 0011).
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback _compile = _ => compile();

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _byModel.TryGetValue(db.Model, out var query) ? query : _byModel.GetValue(db.Model, _compile);
    }
}
