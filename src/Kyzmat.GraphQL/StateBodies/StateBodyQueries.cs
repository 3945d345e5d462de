using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.StateBodies;

/// <summary>Anyone may read the country's regions and its state bodies with their offices.</summary>
internal static class StateBodyQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Public()
            .Description("The regions, in the customary order.")
            .ResolveAsync(async context => await context.Service<KyzmatDbContext>().Regions.AsNoTracking()
                .OrderBy(r => r.SortOrder).ToListAsync(context.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StateBodyType>>>>("stateBodies")
            .Public()
            .Description("Every state body, by code.")
            .ResolveAsync(async context => await context.Service<KyzmatDbContext>().StateBodies.AsNoTracking()
                .OrderBy(b => b.Code).ToListAsync(context.CancellationToken));

        query.Field<StateBodyType>("stateBody")
            .Public()
            .Description("One state body by its id or its code; null when there is none.")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("code")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<Guid?>("id");
                var code = context.GetArgument<string?>("code");
                var bodies = context.Service<KyzmatDbContext>().StateBodies.AsNoTracking();
                return id is { } byId ? await bodies.FirstOrDefaultAsync(b => b.Id == byId, context.CancellationToken)
                    : code is not null ? await bodies.FirstOrDefaultAsync(b => b.Code == code, context.CancellationToken)
                    : null;
            });
    }
}
