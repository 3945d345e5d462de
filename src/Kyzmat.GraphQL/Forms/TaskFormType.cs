using GraphQL.Types;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Forms;

public sealed class TaskFormType : ObjectGraphType<TaskForm>
{
    public TaskFormType()
    {
        Name = "TaskForm";
        Description = "The Camunda form a task keeps (the version resolved when the task was created), to render with form-js.";
        Field(f => f.FormId);
        Field(f => f.Version);
        Field(f => f.Schema).Description("The form's JSON (form-js schema).");
        Field(f => f.Data).Description("A JSON object: the process variables the form references, to pre-fill it.");
    }
}
