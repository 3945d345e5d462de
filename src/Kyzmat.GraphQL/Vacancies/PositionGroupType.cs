using GraphQL.Types;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies;

public sealed class PositionGroupType : EnumerationGraphType<PositionGroup>
{
    public PositionGroupType()
    {
        Name = "PositionGroup";
        Description = "Civil-service position groups: highest («эң жогорку»), main («башкы»), senior («улук»), junior («кенже»).";
    }
}
