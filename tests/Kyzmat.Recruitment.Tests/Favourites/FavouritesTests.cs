using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using FavouriteVacancies = Kyzmat.Recruitment.Favourites.Favourites;

namespace Kyzmat.Recruitment.Tests.Favourites;

public sealed class FavouritesTests
{
    private static readonly Guid Citizen = Guid.NewGuid();

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Add_TwiceAndAtOnce_KeepsOneAndListsNewestFirst(DatabaseProvider provider)
    {
        await using var room = await RecruitmentRoom.StartAsync(provider);
        var ids = await room.InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().Vacancies.OrderBy(v => v.Code).Select(v => v.Id).Take(2).ToListAsync());

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => room.InScopeAsync(s => s.GetRequiredService<FavouriteVacancies>().AddAsync(Citizen, ids[0], default))));
        await room.InScopeAsync(s => s.GetRequiredService<FavouriteVacancies>().AddAsync(Citizen, ids[1], default));

        var listed = await room.InScopeAsync(s => s.GetRequiredService<FavouriteVacancies>().ListAsync(Citizen, default));
        Assert.Equal([ids[1], ids[0]], listed.Select(v => v.Id));
        Assert.Empty(await room.InScopeAsync(s => s.GetRequiredService<FavouriteVacancies>().ListAsync(Guid.NewGuid(), default)));
    }

    [Fact]
    public async Task Remove_TakesItOffTheListAndIsHarmlessTwice()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);
        var id = await room.InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().Vacancies.Select(v => v.Id).FirstAsync());
        await room.InScopeAsync(s => s.GetRequiredService<FavouriteVacancies>().AddAsync(Citizen, id, default));

        await room.InScopeAsync(s => s.GetRequiredService<FavouriteVacancies>().RemoveAsync(Citizen, id, default));
        await room.InScopeAsync(s => s.GetRequiredService<FavouriteVacancies>().RemoveAsync(Citizen, id, default));

        Assert.Empty(await room.InScopeAsync(s => s.GetRequiredService<FavouriteVacancies>().ListAsync(Citizen, default)));
    }

    [Fact]
    public async Task Add_UnknownVacancy_IsNotFound()
    {
        await using var room = await RecruitmentRoom.StartAsync(DatabaseProvider.Sqlite);

        var refused = await Assert.ThrowsAsync<UserInputException>(() =>
            room.InScopeAsync(s => s.GetRequiredService<FavouriteVacancies>().AddAsync(Citizen, Guid.NewGuid(), default)));

        Assert.Equal(UserErrorCodes.NotFound, refused.Code);
    }
}
