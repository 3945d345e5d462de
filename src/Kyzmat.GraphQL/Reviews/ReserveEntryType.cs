using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.StateBodies;
using Kyzmat.GraphQL.Vacancies;
using Kyzmat.Recruitment.Reserve;

namespace Kyzmat.GraphQL.Reviews;

public sealed class ReserveEntryType : ObjectGraphType<ReserveEntry>
{
    public ReserveEntryType()
    {
        Name = "ReserveEntry";
        Description = "A place in a state body's personnel reserve («Кадрлар резерви»).";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Group, type: typeof(NonNullGraphType<PositionGroupType>));
        Field(r => r.StartsOn);
        Field(r => r.EndsOn);
        Field(r => r.Status, type: typeof(NonNullGraphType<EnumerationGraphType<ReserveEntryStatus>>));
        Field<NonNullGraphType<StateBodyType>>("stateBody").Resolve(c => c.Loaders().StateBodies.Load(c.Source.StateBodyId));
        Field<NonNullGraphType<VacancyType>>("sourceVacancy").Description("The competition it came from.")
            .Resolve(c => c.Loaders().Vacancies.Load(c.Source.VacancyId));
        Field(r => r.ApplicationId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("applicantName").Description("Who is in the reserve («А.А.Ж.»).")
            .Resolve(c => c.Loaders().CitizenNames.Load(c.Source.CitizenId));
    }
}
