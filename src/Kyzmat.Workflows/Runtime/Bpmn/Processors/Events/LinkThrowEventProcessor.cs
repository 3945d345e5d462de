using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.History;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>A link throw event: the token continues at the link catch event of the same name in its scope (a drawn "go to").</summary>
internal sealed class LinkThrowEventProcessor : PassingProcessor
{
    public override Task ActivateAsync(BpmnElementContext context)
    {
        var (token, element, session) = (context.Token, context.Element, context.Session);
        var target = session.Model.Elements.Values.First(e => e.Kind == ElementKind.LinkCatchEvent && e.ParentId == element.ParentId && e.LinkName == element.LinkName);
        context.Behaviors.Variables.ApplyOutputsInStep(token, element, null);
        session.History(HistoryEventTypes.ElementLeft, element.Id, token.Id);
        token.Locals = null;
        token.ElementId = target.Id;
        token.ArrivedVia = null;
        context.Behaviors.Agenda.Schedule(token);
        return Task.CompletedTask;
    }
}
