using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Reserve;

internal sealed class ReserveEntryConfiguration : IEntityTypeConfiguration<ReserveEntry>
{
    public void Configure(EntityTypeBuilder<ReserveEntry> entity)
    {
        entity.ToTable("reserve_entries");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Group).HasConversion<string>().HasMaxLength(10);
        entity.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        entity.HasIndex(r => r.ApplicationId).IsUnique();
        entity.HasIndex(r => new { r.StateBodyId, r.Status, r.Group });
        entity.HasIndex(r => r.CitizenId);
        entity.HasOne<Citizen>().WithMany().HasForeignKey(r => r.CitizenId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<StateBody>().WithMany().HasForeignKey(r => r.StateBodyId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Vacancy>().WithMany().HasForeignKey(r => r.VacancyId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Application>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
