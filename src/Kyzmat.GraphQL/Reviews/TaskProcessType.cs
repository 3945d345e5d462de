using GraphQL.Types;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Reviews;

public sealed class TaskProcessType : ObjectGraphType<TaskProcess>
{
    public TaskProcessType()
    {
        Name = "TaskProcess";
        Description = "A process some of the caller's open tasks belong to.";
        Field(p => p.Key).Description("The BPMN process id, as the task list's processKey filter takes it.");
        Field(p => p.Name).Description("The name of its newest version, else its id.");
    }
}
