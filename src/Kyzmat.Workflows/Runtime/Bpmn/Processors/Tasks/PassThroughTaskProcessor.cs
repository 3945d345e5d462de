namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Tasks;

/// <summary>Undefined and manual tasks: the engine has nothing to do, so the token passes on (as in Camunda 8).</summary>
internal sealed class PassThroughTaskProcessor : PassingProcessor
{
    public override Task ActivateAsync(BpmnElementContext context)
    {
        MapOutputsAndLeave(context);
        return Task.CompletedTask;
    }
}
