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
        entity.HasOne(r => r.StateBody).WithMany().HasForeignKey(r => r.StateBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}
