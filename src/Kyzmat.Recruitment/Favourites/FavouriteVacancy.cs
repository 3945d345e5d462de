namespace Kyzmat.Recruitment.Favourites;

/// <summary>A vacancy a citizen saved («Тандалган вакансиялар»).</summary>
public sealed class FavouriteVacancy
{
    public Guid CitizenId { get; init; }

    public Guid VacancyId { get; init; }

    public DateTimeOffset AddedAt { get; init; }
}
