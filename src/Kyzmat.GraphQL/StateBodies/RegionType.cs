using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.StateBodies;

namespace Kyzmat.GraphQL.StateBodies;

public sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType()
    {
        Name = "Region";
        Description = "A region of the Kyrgyz Republic: an oblast or a city of republican significance.";
        Field(r => r.Code);
        Field(r => r.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<RegionKind>>));
        Field<NonNullGraphType<LocalizedTextType>>("name").Resolve(context => context.Source.Name);
    }
}
