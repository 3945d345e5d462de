using GraphQL.Types;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Reviews;

public sealed class HrTaskSortType : EnumerationGraphType<HrTaskSort>
{
    public HrTaskSortType()
    {
        Name = "HrTaskSort";
        Description = "CREATED: oldest first; DUE: soonest due first, tasks without a due date last; PRIORITY: highest priority first.";
    }
}
