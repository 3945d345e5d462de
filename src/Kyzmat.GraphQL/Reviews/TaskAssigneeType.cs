using GraphQL.Types;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Reviews;

public sealed class TaskAssigneeType : ObjectGraphType<TaskAssignee>
{
    public TaskAssigneeType()
    {
        Name = "TaskAssignee";
        Description = "A colleague a task may be assigned to.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.Name);
    }
}
