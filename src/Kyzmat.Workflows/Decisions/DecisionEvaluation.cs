namespace Kyzmat.Workflows.Decisions;

/// <summary>The result of evaluating a decision: its output, and every decision evaluated (required ones first).</summary>
public sealed record DecisionEvaluation(object? Output, IReadOnlyList<EvaluatedDecision> Evaluated);

/// <summary>One decision evaluated: its output (a FEEL value) and, for a decision table, the rules that matched.</summary>
public sealed record EvaluatedDecision(string DecisionId, string DecisionName, object? Output, IReadOnlyList<MatchedRule> MatchedRules);

/// <summary>A rule that matched: its id and its 1-based position in the table.</summary>
public sealed record MatchedRule(string RuleId, int Index);

/// <summary>A decision could not be evaluated (a FEEL failure, a UNIQUE table with several matches…).</summary>
public sealed class DecisionEvaluationException : Exception
{
    public DecisionEvaluationException(string decisionId, string message)
        : base(message)
    {
        DecisionId = decisionId;
    }

    public DecisionEvaluationException()
        : this("", "The decision could not be evaluated.")
    {
    }

    public DecisionEvaluationException(string message)
        : this("", message)
    {
    }

    public DecisionEvaluationException(string message, Exception inner)
        : base(message, inner)
    {
        DecisionId = "";
    }

    /// <summary>The decision whose evaluation failed (maybe a required one).</summary>
    public string DecisionId { get; }
}
