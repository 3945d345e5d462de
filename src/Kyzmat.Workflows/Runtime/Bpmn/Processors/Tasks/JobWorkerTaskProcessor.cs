using Kyzmat.Workflows.Jobs;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Tasks;

/// <summary>
/// A task done by a job worker (service, send and business rule tasks, a script task without zeebe:script, and message
/// throw and end events, whose worker sends the message): a job of its zeebe:taskDefinition type, completed by the
/// handler of that type. An end event leaves by no flow, so completing its job ends the token.
/// </summary>
internal sealed class JobWorkerTaskProcessor : WaitStateProcessor
{
    protected override void Wait(BpmnElementContext context)
    {
        var element = context.Element;
        var type = context.Behaviors.Expressions.EvaluateText(context.Token, element.TaskType)
            ?? throw new IncidentException(IncidentCodes.ExpressionFailed, $"The task type '{element.TaskType}' of '{element.Id}' gave null.");
        context.Behaviors.Jobs.Create(context.Token, element.Id, JobKinds.ServiceTask, type, context.Session.Now, element.Retries);
    }
}
