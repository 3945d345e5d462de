using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Signatures;

internal sealed class CitizenSigningKeyConfiguration : IEntityTypeConfiguration<CitizenSigningKey>
{
    public void Configure(EntityTypeBuilder<CitizenSigningKey> entity)
    {
        entity.ToTable("citizen_signing_keys");
        entity.HasKey(k => k.CitizenId);
        entity.Property(k => k.PublicKey).HasMaxLength(200);
        entity.Property(k => k.ProtectedPrivateKey).HasMaxLength(1000);
    }
}
