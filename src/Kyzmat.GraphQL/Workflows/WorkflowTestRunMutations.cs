using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.Workflows.Runtime;

namespace Kyzmat.GraphQL.Workflows;

/// <summary>
/// Trying a process, as Camunda Modeler's «start instance»: an administrator starts a test run of any deployed process
/// and cancels test runs in bulk (docs/decisions/0103-workflow-test-runs.md).
/// </summary>
internal static class WorkflowTestRunMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WorkflowInstanceType>>("startWorkflowTestRun")
            .Description("Starts a test run: an instance marked `isTestRun`, with no business key, which the domain's service tasks refuse "
                + "(an incident). Answers the instance. Unknown process or version: DEFINITION_NOT_FOUND; variables that are not one JSON "
                + "object: VARIABLES_INVALID; too long: VARIABLES_TOO_LARGE.")
            .AdminOnly()
            .Argument<NonNullGraphType<StartWorkflowTestRunInput>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<WorkflowTestRunStart>("input");
                var variables = WorkflowVariablesJson.Parse(input.Variables);
                return await c.Service<IWorkflowEngine>().StartTestRunAsync(
                    input.Key, input.Version, variables, CurrentCitizen.IdOf(c.User).ToString(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<IntGraphType>>("cancelWorkflowTestRuns")
            .Description("Cancels every active test run of the process `key` (of every process when left out); answers how many. "
                + "Instances that are not test runs are never touched.")
            .AdminOnly()
            .Argument<StringGraphType>("key")
            .ResolveAsync(async c => await c.Service<IWorkflowEngine>().CancelTestRunsAsync(
                c.GetArgument<string?>("key"), CurrentCitizen.IdOf(c.User).ToString(), c.CancellationToken));
    }
}
