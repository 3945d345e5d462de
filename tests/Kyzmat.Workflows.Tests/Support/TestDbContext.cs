using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Support;

/// <summary>The tests' application DbContext: one domain table plus the engine's tables.</summary>
public sealed class TestDbContext : DbContext
{
    public TestDbContext(DbContextOptions<TestDbContext> options)
        : base(options)
    {
    }

    public DbSet<DomainNote> Notes => Set<DomainNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DomainNote>(e =>
        {
            e.ToTable("domain_notes");
            e.HasKey(x => x.Id);
            e.Property(x => x.Text).HasMaxLength(200);
        });
        modelBuilder.ApplyWorkflowModel();
    }
}
