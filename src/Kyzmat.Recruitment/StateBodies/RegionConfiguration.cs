using Kyzmat.Recruitment.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.StateBodies;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> entity)
    {
        entity.ToTable("regions");
        entity.HasKey(r => r.Code);
        entity.Property(r => r.Code).HasMaxLength(40);
        entity.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        entity.MapLocalized(r => r.Name, 200);
    }
}
