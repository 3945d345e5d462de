using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Decisions;

/// <summary>
/// A parsed DMN file: a decision requirements graph (DRG) — its decisions, input data and item definitions
/// (decision 0100: the engine evaluates decision tables and literal expressions, as Camunda 8 does).
/// </summary>
public sealed class DecisionGraph
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The decisions by id, in document order.</summary>
    public required IReadOnlyList<DecisionDefinition> Decisions { get; init; }

    public required IReadOnlyDictionary<string, DmnItemDefinition> ItemDefinitions { get; init; }

    /// <summary>The input data, by name, with their typeRef.</summary>
    public required IReadOnlyDictionary<string, string?> InputData { get; init; }

    public DecisionDefinition? Decision(string id) => Decisions.FirstOrDefault(d => d.Id == id);
}

/// <summary>
/// A decision: its logic (a decision table or a literal expression) and the decisions it requires, evaluated first,
/// whose results it reads by name (and by id, as Camunda 8 offers them).
/// </summary>
public sealed class DecisionDefinition
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The name its result goes by (the variable's name, else the decision's name).</summary>
    public required string VariableName { get; init; }

    public string? TypeRef { get; init; }

    /// <summary>zeebe:versionTag (or camunda:versionTag) on the decision, which a business rule task may bind to.</summary>
    public string? VersionTag { get; init; }

    /// <summary>The ids of the decisions it requires (informationRequirement/requiredDecision).</summary>
    public required IReadOnlyList<string> RequiredDecisions { get; init; }

    public DecisionTable? Table { get; init; }

    public LiteralDecision? Literal { get; init; }
}

/// <summary>A literal expression decision: one FEEL expression.</summary>
public sealed record LiteralDecision(FeelExpression Expression);

public enum HitPolicy
{
    Unique,
    First,
    Priority,
    Any,
    Collect,
    RuleOrder,
    OutputOrder,
}

public enum CollectAggregation
{
    None,
    Sum,
    Min,
    Max,
    Count,
}

/// <summary>A decision table: inputs, outputs and rules, and how the matched rules make the result.</summary>
public sealed class DecisionTable
{
    public required string Id { get; init; }

    public HitPolicy HitPolicy { get; init; }

    public CollectAggregation Aggregation { get; init; }

    public required IReadOnlyList<DecisionInput> Inputs { get; init; }

    public required IReadOnlyList<DecisionOutput> Outputs { get; init; }

    public required IReadOnlyList<DecisionRule> Rules { get; init; }
}

/// <summary>An input column: its label, the expression giving the value its entries test, and its typeRef.</summary>
public sealed record DecisionInput(string Id, string? Label, FeelExpression Expression, string? TypeRef);

/// <summary>
/// An output column: its name (the context key when the table has several outputs), its typeRef, its output values
/// (a list expression, which orders PRIORITY and OUTPUT ORDER) and its default output entry.
/// </summary>
public sealed record DecisionOutput(string Id, string Name, string? TypeRef, FeelExpression? OutputValues, FeelExpression? Default);

/// <summary>A rule: one unary tests entry per input and one expression per output (null when the entry is empty).</summary>
public sealed record DecisionRule(string Id, int Index, IReadOnlyList<FeelUnaryTests> InputEntries, IReadOnlyList<FeelExpression?> OutputEntries);
