using Kyzmat.Recruitment.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Vacancies;

internal sealed class VacancyAmendmentConfiguration : IEntityTypeConfiguration<VacancyAmendment>
{
    public void Configure(EntityTypeBuilder<VacancyAmendment> entity)
    {
        entity.ToTable("vacancy_amendments");
        entity.HasKey(a => a.Id);
        entity.MapLocalized(a => a.Text, 4000);
        entity.HasOne<Vacancy>().WithMany().HasForeignKey(a => a.VacancyId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(a => new { a.VacancyId, a.At });
    }
}
