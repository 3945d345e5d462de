using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.StateBodies;

namespace Kyzmat.GraphQL.StateBodies;

public sealed class OfficeType : ObjectGraphType<Office>
{
    public OfficeType()
    {
        Name = "Office";
        Description = "An office of a state body where applications are accepted («Кеңсе»).";
        Field(o => o.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(o => o.Code);
        Field<NonNullGraphType<LocalizedTextType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<LocalizedTextType>>("address").Resolve(context => context.Source.Address);
        Field<NonNullGraphType<RegionType>>("region").Resolve(context => context.Loaders().Regions.Load(context.Source.RegionCode));
    }
}
