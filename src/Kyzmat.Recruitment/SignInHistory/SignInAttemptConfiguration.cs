using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.SignInHistory;

internal sealed class SignInAttemptConfiguration : IEntityTypeConfiguration<SignInAttempt>
{
    public void Configure(EntityTypeBuilder<SignInAttempt> entity)
    {
        entity.ToTable("sign_in_attempts");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Method).HasConversion<string>().HasMaxLength(20);
        entity.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        entity.Property(a => a.Pin).HasMaxLength(14).IsFixedLength();
        entity.Property(a => a.ClientAddress).HasMaxLength(45);
        entity.Property(a => a.ClientNetwork).HasMaxLength(49);
        entity.Property(a => a.UserAgent).HasMaxLength(512);
        entity.Ignore(a => a.IsFailure);
        entity.HasOne<Citizens.Citizen>().WithMany().HasForeignKey(a => a.CitizenId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(a => new { a.Pin, a.At });
        entity.HasIndex(a => new { a.ClientNetwork, a.At });
        entity.HasIndex(a => new { a.CitizenId, a.At });
    }
}
