using Kyzmat.Recruitment.Citizens;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.TelegramAlerts;

internal sealed class TelegramLinkConfiguration : IEntityTypeConfiguration<TelegramLink>
{
    public void Configure(EntityTypeBuilder<TelegramLink> entity)
    {
        entity.ToTable("telegram_links");
        entity.HasKey(l => l.CitizenId);
        entity.HasIndex(l => l.ChatId).IsUnique();
        entity.HasOne<Citizen>().WithMany().HasForeignKey(l => l.CitizenId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TelegramLinkTokenConfiguration : IEntityTypeConfiguration<TelegramLinkToken>
{
    public void Configure(EntityTypeBuilder<TelegramLinkToken> entity)
    {
        entity.ToTable("telegram_link_tokens");
        entity.HasKey(t => t.Id);
        entity.Property(t => t.TokenHash).HasMaxLength(64);
        entity.HasIndex(t => t.TokenHash).IsUnique();
        entity.HasIndex(t => t.CitizenId);
        entity.HasOne<Citizen>().WithMany().HasForeignKey(t => t.CitizenId).OnDelete(DeleteBehavior.Cascade);
    }
}
