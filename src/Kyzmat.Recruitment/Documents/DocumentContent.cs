using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Documents;

/// <summary>An uploaded file's bytes, when the installation keeps them in its database (the default).</summary>
public sealed class DocumentContent
{
    public required string Key { get; init; }

    public required byte[] Content { get; init; }
}

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> builder)
    {
        builder.ToTable("document_contents");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(64);
    }
}
