namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>A terminate end event: every other token of its scope is terminated, and the scope completes.</summary>
internal sealed class TerminateEndEventProcessor : PassingProcessor
{
    public override async Task ActivateAsync(BpmnElementContext context)
    {
        var behaviors = context.Behaviors;
        behaviors.Session.History(History.HistoryEventTypes.ElementLeft, context.Element.Id, context.Token.Id);
        behaviors.Session.Tokens.Remove(context.Token);
        foreach (var other in behaviors.Session.Tokens.Where(t => t.ScopeId == context.Token.ScopeId).ToList())
        {
            var otherContext = behaviors.ContextOf(other, context.Cancellation);
            await ElementProcessors.Of(otherContext).TerminateAsync(otherContext).ConfigureAwait(false);
        }

        behaviors.Flow.CompleteScopeIfEmpty(context.Token.ScopeId, context.Element.Id);
    }
}
