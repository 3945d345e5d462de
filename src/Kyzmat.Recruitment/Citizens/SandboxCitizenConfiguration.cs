using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Citizens;

internal sealed class SandboxCitizenConfiguration : IEntityTypeConfiguration<SandboxCitizen>
{
    public void Configure(EntityTypeBuilder<SandboxCitizen> entity)
    {
        entity.ToTable("sandbox_citizens");
        entity.HasKey(c => c.Pin);
        entity.Property(c => c.Pin).HasMaxLength(PersonalNumber.Length).IsFixedLength();
        entity.Property(c => c.PasswordHash).HasMaxLength(200);
        entity.Property(c => c.Surname).HasMaxLength(100);
        entity.Property(c => c.Name).HasMaxLength(100);
        entity.Property(c => c.Patronymic).HasMaxLength(100);
        entity.Property(c => c.Email).HasMaxLength(254);
        entity.Property(c => c.Phone).HasMaxLength(40);
    }
}
