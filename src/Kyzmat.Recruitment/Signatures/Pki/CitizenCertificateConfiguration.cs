using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Signatures.Pki;

internal sealed class CitizenCertificateConfiguration : IEntityTypeConfiguration<CitizenCertificate>
{
    public void Configure(EntityTypeBuilder<CitizenCertificate> entity)
    {
        entity.ToTable("citizen_certificates");
        entity.HasKey(c => c.SerialNumber);
        entity.Property(c => c.SerialNumber).HasMaxLength(40);
        entity.Property(c => c.Certificate).HasMaxLength(4000);
        entity.Property(c => c.RevocationReason).HasConversion<int?>();
        entity.HasIndex(c => c.CitizenId);
        entity.HasIndex(c => c.RevokedAt);
    }
}
