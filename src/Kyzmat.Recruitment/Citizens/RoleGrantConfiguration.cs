using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Citizens;

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> entity)
    {
        entity.ToTable("role_grants");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Role).HasMaxLength(20);
        entity.HasIndex(r => new { r.CitizenId, r.Role, r.StateBodyId }).IsUnique();

        // The index above treats nulls as distinct (PostgreSQL, SQLite), so grants without a body (admin) need their own.
        entity.HasIndex(r => new { r.CitizenId, r.Role }, "IX_role_grants_CitizenId_Role_without_body").IsUnique().HasFilter("\"StateBodyId\" IS NULL");
        entity.HasOne(r => r.StateBody).WithMany().HasForeignKey(r => r.StateBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}
