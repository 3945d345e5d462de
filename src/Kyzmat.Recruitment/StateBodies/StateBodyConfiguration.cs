using Kyzmat.Recruitment.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.StateBodies;

internal sealed class StateBodyConfiguration : IEntityTypeConfiguration<StateBody>
{
    public void Configure(EntityTypeBuilder<StateBody> entity)
    {
        entity.ToTable("state_bodies");
        entity.HasKey(b => b.Id);
        entity.Property(b => b.Code).HasMaxLength(60);
        entity.HasIndex(b => b.Code).IsUnique();
        entity.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        entity.MapLocalized(b => b.Name, 300);
        entity.MapLocalized(b => b.ShortName, 100);
        entity.Property(b => b.Email).HasMaxLength(254);
        entity.Property(b => b.Phone).HasMaxLength(40);
        entity.Property(b => b.ReserveTermMonths).HasDefaultValue(12);
        entity.HasMany(b => b.Offices).WithOne(o => o.StateBody).HasForeignKey(o => o.StateBodyId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
