using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Reviews;
using Kyzmat.GraphQL.Workflows;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Common;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.GraphQL.Forms;

/// <summary>Deploying a Camunda form (administrators) and completing a task with its form's data (whoever may act on it).</summary>
internal static class FormMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DeployWorkflowFormResultType>>("deployWorkflowForm")
            .Description("Deploys a Camunda form (the JSON of a `.form` file): the same JSON as the latest version changes nothing, other JSON "
                + "becomes the next version. A form the server cannot honour comes back as `findings` (nothing is stored).")
            .AdminOnly()
            .Argument<NonNullGraphType<StringGraphType>>("formJson")
            .ResolveAsync(async c => await DeployAsync(c.Service<IWorkflowForms>(), c.GetArgument<string>("formJson"), c.CancellationToken));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("completeTaskForm")
            .Description("Completes a task that has a Camunda form with the form's data (a JSON object). The server checks it against the "
                + "task's form version; a refusal is FORM_DATA_INVALID with `extensions.data.fields`: [{ key, code, message }].")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("taskId")
            .Argument<NonNullGraphType<StringGraphType>>("data")
            .ResolveAsync(async c =>
            {
                // Whoever the task list offers it to (decision 0106), not only reviewers: a diagram may name a citizen by PIN.
                var scope = await ReviewQueries.TaskScopeAsync(c);
                await c.Service<HrTaskForms>().CompleteAsync(scope, c.CitizenId(), c.GetArgument<Guid>("taskId"), DataOf(c.GetArgument<string>("data")), c.CancellationToken);
                return true;
            });
    }

    private static JsonObject DataOf(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = CamundaFormParser.MaxDepth }) as JsonObject
                ?? throw new UserInputException(UserErrorCodes.InvalidInput);
        }
        catch (JsonException ex)
        {
            throw new UserInputException(UserErrorCodes.InvalidInput, ex);
        }
    }

    private static async Task<DeployWorkflowFormResult> DeployAsync(IWorkflowForms forms, string json, CancellationToken ct)
    {
        try
        {
            var deployed = await forms.DeployAsync(json, resourceName: null, ct);
            return new DeployWorkflowFormResult(await forms.GetAsync(deployed.FormId, deployed.Version, ct), deployed.Created, []);
        }
        catch (WorkflowException ex) when (ex.Code == WorkflowErrorCodes.FormInvalid)
        {
            return new DeployWorkflowFormResult(null, false, ex.Findings.Count > 0 ? ex.Findings : [new Finding(null, ex.Code, ex.Message)]);
        }
    }
}
