namespace Kyzmat.Workflows.Definitions;

/// <summary>
/// An activity's multiInstanceLoopCharacteristics with its zeebe:loopCharacteristics: one inner instance per item of
/// the input collection, in parallel or one after another; each item's output element gathered in the output collection.
/// </summary>
public sealed record MultiInstanceDefinition(
    bool IsSequential,
    string InputCollection,
    string? InputElement,
    string? OutputCollection,
    string? OutputElement,
    string? CompletionCondition);
