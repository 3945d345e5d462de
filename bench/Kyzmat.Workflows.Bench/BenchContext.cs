using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Bench;

/// <summary>The benchmark's application DbContext: only the engine's tables.</summary>
public sealed class BenchContext : DbContext
{
    public BenchContext(DbContextOptions<BenchContext> options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowModel();
}
