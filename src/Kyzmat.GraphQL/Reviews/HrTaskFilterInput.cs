using GraphQL.Types;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Reviews;

public sealed class HrTaskFilterInput : InputObjectGraphType<HrTaskFilter>
{
    public HrTaskFilterInput()
    {
        Name = "HrTaskFilterInput";
        Field(f => f.VacancyId, type: typeof(IdGraphType));
        Field(f => f.Stage, nullable: true);
        Field(f => f.OverdueOnly, nullable: true);
        Field(f => f.MineOnly, nullable: true).Description("Only the tasks the caller has claimed.");
        Field(f => f.DueBefore, nullable: true);
    }
}
