using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Documents;

internal sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> entity)
    {
        entity.ToTable("documents");
        entity.HasKey(d => d.Id);
        entity.HasIndex(d => d.OwnerId);
        entity.Property(d => d.FileName).HasMaxLength(FileNames.MaxLength);
        entity.Property(d => d.Format).HasConversion<string>().HasMaxLength(10);
        entity.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        entity.Property(d => d.StorageKey).HasMaxLength(200);
        entity.Ignore(d => d.ContentType);
    }
}
