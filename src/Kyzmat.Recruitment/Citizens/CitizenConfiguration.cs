using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Citizens;

internal sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> entity)
    {
        entity.ToTable("citizens");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.Pin).HasMaxLength(PersonalNumber.Length).IsFixedLength();
        entity.HasIndex(c => c.Pin).IsUnique();
        entity.Property(c => c.Surname).HasMaxLength(100);
        entity.Property(c => c.Name).HasMaxLength(100);
        entity.Property(c => c.Patronymic).HasMaxLength(100);
        entity.Property(c => c.Email).HasMaxLength(254);
        entity.Property(c => c.Phone).HasMaxLength(40);
        entity.Property(c => c.PreferredLanguage).HasMaxLength(2);
        entity.Ignore(c => c.FullName);
        entity.HasMany(c => c.Roles).WithOne().HasForeignKey(r => r.CitizenId).OnDelete(DeleteBehavior.Cascade);
    }
}
