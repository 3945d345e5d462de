using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Runtime.Bpmn.Processors.Containers;
using Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;
using Kyzmat.Workflows.Runtime.Bpmn.Processors.Gateways;
using Kyzmat.Workflows.Runtime.Bpmn.Processors.Tasks;

namespace Kyzmat.Workflows.Runtime.Bpmn;

/// <summary>The processor of each element kind. A kind without one is refused at deployment, never reached here.</summary>
internal static class ElementProcessors
{
    private static readonly IElementProcessor?[] ByKind = Build(
        (ElementKind.StartEvent, new StartEventProcessor()),
        (ElementKind.IntermediateThrowEvent, new NoneEventProcessor()),
        (ElementKind.TimerStartEvent, new StartEventProcessor()),
        (ElementKind.MessageStartEvent, new StartEventProcessor()),
        (ElementKind.SignalStartEvent, new StartEventProcessor()),
        (ElementKind.ErrorStartEvent, new StartEventProcessor()),
        (ElementKind.EscalationStartEvent, new StartEventProcessor()),
        (ElementKind.EscalationThrowEvent, new EscalationThrowEventProcessor()),
        (ElementKind.EscalationEndEvent, new EscalationThrowEventProcessor()),
        (ElementKind.EscalationBoundaryEvent, new BoundaryEventProcessor()),
        (ElementKind.EventSubProcess, new EventSubProcessProcessor()),
        (ElementKind.SignalCatchEvent, new SignalCatchEventProcessor()),
        (ElementKind.SignalBoundaryEvent, new BoundaryEventProcessor()),
        (ElementKind.SignalThrowEvent, new SignalThrowEventProcessor()),
        (ElementKind.SignalEndEvent, new SignalThrowEventProcessor()),
        (ElementKind.LinkThrowEvent, new LinkThrowEventProcessor()),
        (ElementKind.LinkCatchEvent, new NoneEventProcessor()),
        (ElementKind.EndEvent, new EndEventProcessor()),
        (ElementKind.TerminateEndEvent, new TerminateEndEventProcessor()),
        (ElementKind.TimerCatchEvent, new TimerCatchEventProcessor()),
        (ElementKind.MessageCatchEvent, new MessageCatchEventProcessor()),
        (ElementKind.TimerBoundaryEvent, new BoundaryEventProcessor()),
        (ElementKind.MessageBoundaryEvent, new BoundaryEventProcessor()),
        (ElementKind.ErrorBoundaryEvent, new BoundaryEventProcessor()),
        (ElementKind.ErrorEndEvent, new ErrorEndEventProcessor()),
        (ElementKind.CompensationBoundaryEvent, new BoundaryEventProcessor()),
        (ElementKind.CompensationThrowEvent, new CompensationThrowEventProcessor()),
        (ElementKind.CompensationEndEvent, new CompensationThrowEventProcessor()),
        (ElementKind.Task, new PassThroughTaskProcessor()),
        (ElementKind.ManualTask, new PassThroughTaskProcessor()),
        (ElementKind.UserTask, new UserTaskProcessor()),
        (ElementKind.ServiceTask, new JobWorkerTaskProcessor()),
        (ElementKind.SendTask, new JobWorkerTaskProcessor()),
        (ElementKind.MessageThrowEvent, new JobWorkerTaskProcessor()),
        (ElementKind.MessageEndEvent, new JobWorkerTaskProcessor()),
        (ElementKind.BusinessRuleTask, new BusinessRuleTaskProcessor()),
        (ElementKind.ScriptTask, new ScriptTaskProcessor()),
        (ElementKind.ReceiveTask, new ReceiveTaskProcessor()),
        (ElementKind.CallActivity, new CallActivityProcessor()),
        (ElementKind.ExclusiveGateway, new ExclusiveGatewayProcessor()),
        (ElementKind.ParallelGateway, new ParallelGatewayProcessor()),
        (ElementKind.EventBasedGateway, new EventBasedGatewayProcessor()),
        (ElementKind.InclusiveGateway, new InclusiveGatewayProcessor()),
        (ElementKind.SubProcess, new SubProcessProcessor()),
        (ElementKind.AdHocSubProcess, new AdHocSubProcessProcessor()));

    private static readonly MultiInstanceBodyProcessor MultiInstanceBody = new();

    private static readonly AdHocInnerInstanceProcessor AdHocInnerInstance = new();

    /// <summary>
    /// The processor of what the token is: the body of a multi-instance activity (its token holds the inner instances),
    /// else the element kind's processor (for a plain activity, and for each inner instance of a multi-instance one). An
    /// inner instance of an ad-hoc sub-process is a scope of its own, at the ad-hoc sub-process's element.
    /// </summary>
    public static IElementProcessor Of(BpmnElementContext context) =>
        context.Token.AdHocInner ? AdHocInnerInstance
        : context.Element.MultiInstance is not null && context.Token.LoopCounter is null ? MultiInstanceBody : For(context.Element.Kind);

    public static IElementProcessor For(ElementKind kind) =>
        (int)kind < ByKind.Length && ByKind[(int)kind] is { } processor
            ? processor
            : throw new InvalidOperationException($"No processor is registered for {kind}; the deployment should have refused it.");

    public static bool Has(ElementKind kind) => (int)kind < ByKind.Length && ByKind[(int)kind] is not null;

    private static IElementProcessor?[] Build(params (ElementKind Kind, IElementProcessor Processor)[] registrations)
    {
        var byKind = new IElementProcessor?[Enum.GetValues<ElementKind>().Max(k => (int)k) + 1];
        foreach (var (kind, processor) in registrations)
        {
            byKind[(int)kind] = processor;
        }

        return byKind;
    }
}
