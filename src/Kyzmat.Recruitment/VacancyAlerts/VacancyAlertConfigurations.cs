using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.VacancyAlerts;

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> entity)
    {
        entity.ToTable("saved_searches");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.FilterJson).HasMaxLength(4000);
        entity.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        entity.Ignore(s => s.Filter);
        entity.HasOne<Citizen>().WithMany().HasForeignKey(s => s.CitizenId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => new { s.Frequency, s.CheckedUntil });
        entity.HasIndex(s => s.CitizenId);
    }
}

internal sealed class DeadlineReminderConfiguration : IEntityTypeConfiguration<DeadlineReminder>
{
    public void Configure(EntityTypeBuilder<DeadlineReminder> entity)
    {
        entity.ToTable("deadline_reminders");
        entity.HasKey(r => new { r.CitizenId, r.VacancyId, r.DaysBefore });
        entity.HasOne<Citizen>().WithMany().HasForeignKey(r => r.CitizenId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Vacancy>().WithMany().HasForeignKey(r => r.VacancyId).OnDelete(DeleteBehavior.Cascade);
    }
}
