namespace Kyzmat.Workflows.Runtime.Bpmn;

/// <summary>An element whose tokens run inside it (an embedded sub-process); it is told when the last one has ended.</summary>
internal interface IContainerProcessor : IElementProcessor
{
    Task ChildrenCompletedAsync(BpmnElementContext context);
}
