using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Verification;

internal sealed class VerificationCodeConfiguration : IEntityTypeConfiguration<VerificationCode>
{
    public void Configure(EntityTypeBuilder<VerificationCode> entity)
    {
        entity.ToTable("verification_codes");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(30);
        entity.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        entity.Property(c => c.Subject).HasMaxLength(100);
        entity.Property(c => c.Destination).HasMaxLength(254);
        entity.Property(c => c.Salt).HasMaxLength(16);
        entity.Property(c => c.Hash).HasMaxLength(32);
        entity.HasIndex(c => new { c.Subject, c.Purpose, c.CreatedAt });
    }
}
