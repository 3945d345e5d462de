using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.StateBodies;

namespace Kyzmat.GraphQL.StateBodies;

public sealed class StateBodyType : ObjectGraphType<StateBody>
{
    public StateBodyType()
    {
        Name = "StateBody";
        Description = "A state body (ministry, service, agency) that announces vacancies.";
        Field(b => b.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(b => b.Code);
        Field(b => b.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<StateBodyKind>>));
        Field<NonNullGraphType<LocalizedTextType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<LocalizedTextType>>("shortName").Resolve(context => context.Source.ShortName);
        Field(b => b.Email, nullable: true);
        Field(b => b.Phone, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offices")
            .Resolve(context => context.Loaders().OfficesOfStateBody.Load(context.Source.Id));
    }
}
