using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Favourites;

internal sealed class FavouriteVacancyConfiguration : IEntityTypeConfiguration<FavouriteVacancy>
{
    public void Configure(EntityTypeBuilder<FavouriteVacancy> entity)
    {
        entity.ToTable("favourite_vacancies");
        entity.HasKey(f => new { f.CitizenId, f.VacancyId });
        entity.HasOne<Vacancy>().WithMany().HasForeignKey(f => f.VacancyId).OnDelete(DeleteBehavior.Cascade);
    }
}
