using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Persistence;

/// <summary>The host's DbContext of the current DI scope, as the engine uses it.</summary>
internal sealed class WorkflowDbContextAccessor
{
    public WorkflowDbContextAccessor(DbContext context) => Context = context;

    public DbContext Context { get; }
}
