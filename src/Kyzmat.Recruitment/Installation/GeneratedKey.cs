using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Installation;

/// <summary>A key the installation generated for itself because none was configured (never in Production).</summary>
public sealed class GeneratedKey
{
    /// <summary>What the key is for, e.g. <c>token-signing</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The key's bytes as its user reads them (a PKCS#12 file, a base64 secret).</summary>
    public required byte[] Content { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class GeneratedKeyConfiguration : IEntityTypeConfiguration<GeneratedKey>
{
    public void Configure(EntityTypeBuilder<GeneratedKey> builder)
    {
        builder.ToTable("generated_keys");
        builder.HasKey(k => k.Name);
        builder.Property(k => k.Name).HasMaxLength(64);
    }
}
