using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Runtime.Bpmn;

namespace Kyzmat.Workflows.Tests.Runtime;

public sealed class ElementProcessorsTests
{
    public static TheoryData<ElementKind> EveryKind => [.. Enum.GetValues<ElementKind>()];

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void EveryElementKindTheParserMakes_HasAProcessor(ElementKind kind)
    {
        // A kind the parser can produce but no processor executes would deploy and then fail every instance reaching it.
        Assert.True(ElementProcessors.Has(kind), $"{kind} has no processor in ElementProcessors.");
        Assert.NotNull(ElementProcessors.For(kind));
    }

    [Fact]
    public void TheContainers_AreTheSubProcesses_AndTheCompensationEventsWhoseHandlersRunInsideThem()
    {
        var containers = Enum.GetValues<ElementKind>().Where(k => ElementProcessors.For(k) is IContainerProcessor).ToList();

        Assert.Equal([ElementKind.SubProcess, ElementKind.CompensationThrowEvent, ElementKind.CompensationEndEvent, ElementKind.EventSubProcess, ElementKind.AdHocSubProcess], containers);
    }
}
