using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Installation;

/// <summary>
/// A job only one host of the installation may do at a time (e.g. asking Telegram for updates): the holder renews
/// the lease while it works; when it dies, another host takes over once the lease has expired.
/// </summary>
public sealed class HostLease
{
    public required string Name { get; init; }

    public required string Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Where the holder has got to, for the next holder to go on from (e.g. Telegram's next update id).</summary>
    public long Checkpoint { get; set; }
}

internal sealed class HostLeaseConfiguration : IEntityTypeConfiguration<HostLease>
{
    public void Configure(EntityTypeBuilder<HostLease> builder)
    {
        builder.ToTable("host_leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.Holder).HasMaxLength(128);
    }
}
