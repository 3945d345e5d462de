namespace Kyzmat.Workflows.Runtime.Bpmn;

/// <summary>
/// The work a command still has to do, in order: tokens to activate at their element, and containers whose
/// last inner token has ended. <see cref="ProcessExecutor.RunAsync"/> drains it.
/// </summary>
internal sealed class Agenda(InstanceSession session)
{
    private readonly Queue<Item> _items = new();

    public TokenState CreateToken(string elementId, Guid? scopeId)
    {
        var token = new TokenState { Id = Guid.NewGuid(), ElementId = elementId, ScopeId = scopeId, Status = TokenState.Active };
        session.Tokens.Add(token);
        _items.Enqueue(new Item(token, ChildrenCompleted: false));
        return token;
    }

    /// <summary>Activates the token at the element it is at.</summary>
    public void Schedule(TokenState token)
    {
        token.Status = TokenState.Active;
        _items.Enqueue(new Item(token, ChildrenCompleted: false));
    }

    /// <summary>The container the token waits at has no inner token left.</summary>
    public void ScheduleChildrenCompleted(TokenState containerToken)
    {
        containerToken.Status = TokenState.Active;
        _items.Enqueue(new Item(containerToken, ChildrenCompleted: true));
    }

    /// <summary>An inner instance of the multi-instance body the token is has completed (it is removed when the body has read it).</summary>
    public void ScheduleChildCompleted(TokenState bodyToken, TokenState innerToken) =>
        _items.Enqueue(new Item(bodyToken, ChildrenCompleted: false, innerToken));

    public bool TryTake(out Item item) => _items.TryDequeue(out item);

    internal readonly record struct Item(TokenState Token, bool ChildrenCompleted, TokenState? CompletedChild = null);
}
