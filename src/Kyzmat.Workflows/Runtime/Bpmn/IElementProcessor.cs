namespace Kyzmat.Workflows.Runtime.Bpmn;

/// <summary>
/// What one kind of BPMN element does when a token reaches it (activate), when what it waits for happens
/// (complete), and when it is cancelled (terminate). Processors are stateless; all they change goes through
/// the behaviours in <see cref="BpmnElementContext"/>. Adding an element kind is one processor registered in
/// <see cref="ElementProcessors"/> (decision 0100).
/// </summary>
internal interface IElementProcessor
{
    /// <summary>The token has arrived: pass on at once, or start waiting (rows for the task, job, timer or message).</summary>
    Task ActivateAsync(BpmnElementContext context);

    /// <summary>What the element waited for happened (a task completed, a job finished, a message or timer arrived).</summary>
    Task CompleteAsync(BpmnElementContext context, System.Text.Json.Nodes.JsonObject? result);

    /// <summary>The element is cancelled (an interrupting event, a terminate end, the instance cancelled).</summary>
    Task TerminateAsync(BpmnElementContext context);
}
