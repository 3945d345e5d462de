using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Workflows;

/// <summary>
/// What administrators do to processes: deploy a diagram, retry an incident, cancel or migrate an instance.
/// Engine errors become user errors with the engine's code (see <see cref="WorkflowUserErrors"/>).
/// </summary>
internal static class WorkflowMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DeployWorkflowResultType>>("deployWorkflow")
            .Description("Deploys BPMN XML, or DMN XML (a DMN `definitions` root) whose decisions business rule tasks call: the same XML as "
                + "the latest version changes nothing, other XML becomes the next version (of each process, or of each decision; for DMN the "
                + "result names the first decision). A file the engine refuses comes back as `findings` (nothing is stored).")
            .AdminOnly()
            .Argument<NonNullGraphType<StringGraphType>>("bpmnXml")
            .ResolveAsync(async c => await DeployAsync(c.Service<IWorkflowEngine>(), c.GetArgument<string>("bpmnXml"), c.CancellationToken));

        mutation.Field<NonNullGraphType<WorkflowInstanceType>>("retryWorkflowIncident")
            .Description("Resolves an open incident: a failed job gets its retries back, anything else runs its element again. Answers the instance.")
            .AdminOnly()
            .Argument<NonNullGraphType<IdGraphType>>("incidentId")
            .Argument<StringGraphType>("variables", "A JSON object merged into the instance's variables first (to fix what caused the incident).")
            .ResolveAsync(async c =>
            {
                var incidentId = IdOf(c, "incidentId", UserErrorCodes.WorkflowIncidentNotFound);
                var instanceId = await c.Service<KyzmatDbContext>().Set<WorkflowIncidentRecord>().AsNoTracking()
                    .Where(i => i.Id == incidentId).Select(i => (Guid?)i.InstanceId).FirstOrDefaultAsync(c.CancellationToken)
                    ?? throw new UserInputException(UserErrorCodes.WorkflowIncidentNotFound);
                var engine = c.Service<IWorkflowEngine>();
                await engine.ResolveIncidentAsync(incidentId, WorkflowVariablesJson.Parse(c.GetArgument<string?>("variables")), c.CancellationToken);
                return await engine.GetInstanceAsync(instanceId, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<WorkflowInstanceType>>("cancelWorkflowInstance")
            .Description("Cancels an active instance: its tasks are cancelled, its jobs and subscriptions removed; the history names you.")
            .AdminOnly()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = IdOf(c, "id", UserErrorCodes.WorkflowInstanceNotFound);
                var engine = c.Service<IWorkflowEngine>();
                await engine.CancelAsync(id, CurrentCitizen.IdOf(c.User).ToString(), c.CancellationToken);
                return await engine.GetInstanceAsync(id, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<WorkflowInstanceType>>("migrateWorkflowInstance")
            .Description("Moves an active instance to another version of its process. Refused with MIGRATION_INVALID, changing nothing, "
                + "when a mapped element is missing on either side or a token's element has no counterpart of the same kind.")
            .AdminOnly()
            .Argument<NonNullGraphType<MigrateWorkflowInstanceInput>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<WorkflowMigration>("input");
                if (!Guid.TryParse(input.InstanceId, out var id))
                {
                    throw new UserInputException(UserErrorCodes.WorkflowInstanceNotFound);
                }

                var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var pair in input.Mapping ?? [])
                {
                    if (!mapping.TryAdd(pair.From, pair.To))
                    {
                        throw new UserInputException(UserErrorCodes.WorkflowMigrationInvalid);
                    }
                }

                var engine = c.Service<IWorkflowEngine>();
                await engine.MigrateAsync(id, input.TargetDefinitionId, mapping, c.CancellationToken);
                return await engine.GetInstanceAsync(id, c.CancellationToken);
            });
    }

    private static async Task<DeployWorkflowResult> DeployAsync(IWorkflowEngine engine, string xml, CancellationToken ct)
    {
        // The engine reads no further than its limit either; refusing here spares the parse.
        if (xml.Length > BpmnParser.MaxSize)
        {
            return DeployWorkflowResult.Refused(
                [new Finding(null, FindingCodes.FileTooLarge, $"The diagram is larger than {BpmnParser.MaxSize / (1024 * 1024)} MB.")]);
        }

        try
        {
            return DeployWorkflowResult.Deployed(await engine.DeployAsync(xml, resourceName: null, ct));
        }
        catch (WorkflowException ex) when (ex.Code == WorkflowErrorCodes.DefinitionInvalid)
        {
            return DeployWorkflowResult.Refused(ex.Findings.Count > 0 ? ex.Findings : [new Finding(null, ex.Code, ex.Message)]);
        }
    }

    private static Guid IdOf(IResolveFieldContext context, string argument, string notFoundCode) =>
        Guid.TryParse(context.GetArgument<string>(argument), out var id) ? id : throw new UserInputException(notFoundCode);
}
