using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using FavouriteVacancies = Kyzmat.Recruitment.Favourites.Favourites;

namespace Kyzmat.GraphQL.Favourites;

/// <summary>«Тандалган вакансиялар»: save and unsave; both are idempotent.</summary>
internal static class FavouriteMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BooleanGraphType>>("addFavouriteVacancy")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("vacancyId")
            .ResolveAsync(async c =>
            {
                await c.Service<FavouriteVacancies>().AddAsync(c.CitizenId(), c.GetArgument<Guid>("vacancyId"), c.CancellationToken);
                return true;
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("removeFavouriteVacancy")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("vacancyId")
            .ResolveAsync(async c =>
            {
                await c.Service<FavouriteVacancies>().RemoveAsync(c.CitizenId(), c.GetArgument<Guid>("vacancyId"), c.CancellationToken);
                return true;
            });
    }
}
