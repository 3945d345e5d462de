using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> entity)
    {
        entity.ToTable("notifications");
        entity.HasKey(n => n.Id);
        entity.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        entity.MapLocalized(n => n.Title, NotificationCenter.MaxTitleLength);
        entity.MapLocalized(n => n.Body, NotificationCenter.MaxBodyLength);
        entity.Property(n => n.Link).HasMaxLength(300);
        entity.HasOne<Citizen>().WithMany().HasForeignKey(n => n.CitizenId).OnDelete(DeleteBehavior.Cascade);

        // The cabinet's list (newest first, keyset on the id) and its unread count.
        entity.HasIndex(n => new { n.CitizenId, n.Id });
        entity.HasIndex(n => new { n.CitizenId, n.ReadAt });
        entity.HasIndex(n => n.CreatedAt);
    }
}

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> entity)
    {
        entity.ToTable("notification_deliveries");
        entity.HasKey(d => d.Id);
        entity.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
        entity.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        entity.Property(d => d.LastError).HasMaxLength(500);
        entity.HasOne(d => d.Notification).WithMany().HasForeignKey(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(d => new { d.NotificationId, d.Channel }).IsUnique();
        entity.HasIndex(d => new { d.State, d.NextAttemptAt });
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> entity)
    {
        entity.ToTable("notification_preferences");
        entity.HasKey(p => new { p.CitizenId, p.Kind, p.Channel });
        entity.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        entity.Property(p => p.Channel).HasConversion<string>().HasMaxLength(20);
        entity.HasOne<Citizen>().WithMany().HasForeignKey(p => p.CitizenId).OnDelete(DeleteBehavior.Cascade);
    }
}
