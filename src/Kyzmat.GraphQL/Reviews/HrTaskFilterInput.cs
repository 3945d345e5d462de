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
        Field(f => f.ProcessKey, nullable: true).Description("The BPMN process id of the task's process, e.g. application-lifecycle.");
        Field(f => f.StateBodyId, type: typeof(IdGraphType)).Description("The tasks offered to this state body's reviewers (candidate group hr:<code>).");
        Field(f => f.OverdueOnly, nullable: true);
        Field(f => f.MineOnly, nullable: true).Description("Only the tasks assigned to the caller.");
        Field(f => f.UnassignedOnly, nullable: true).Description("Only the tasks nobody has claimed.");
        Field(f => f.DueBefore, nullable: true);
    }
}
