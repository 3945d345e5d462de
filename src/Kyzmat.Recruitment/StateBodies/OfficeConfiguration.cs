using Kyzmat.Recruitment.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.StateBodies;

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> entity)
    {
        entity.ToTable("offices");
        entity.HasKey(o => o.Id);
        entity.Property(o => o.Code).HasMaxLength(80);
        entity.HasIndex(o => o.Code).IsUnique();
        entity.Property(o => o.RegionCode).HasMaxLength(40);
        entity.HasOne(o => o.Region).WithMany().HasForeignKey(o => o.RegionCode).OnDelete(DeleteBehavior.Restrict);
        entity.MapLocalized(o => o.Name, 300);
        entity.MapLocalized(o => o.Address, 300);
    }
}
