namespace Kyzmat.Workflows.Expressions;

/// <summary>
/// The limits of one evaluation, so that hostile expressions end with a <see cref="FeelException"/> instead of
/// hanging or exhausting memory. It is ambient (per thread) because deep work happens in static helpers too
/// (equality of nested lists, string(), built-ins).
/// </summary>
internal sealed class FeelBudget
{
    /// <summary>Evaluation steps (nodes evaluated, items visited by built-ins and comparisons) per evaluation.</summary>
    public const long MaxSteps = 2_000_000;

    /// <summary>The most items a list built during an evaluation may hold.</summary>
    public const int MaxItems = 100_000;

    /// <summary>The longest string an evaluation may build, in characters.</summary>
    public const int MaxStringLength = 1_000_000;

    /// <summary>How deeply evaluations may nest: a function calling itself nests about four per call.</summary>
    public const int MaxNestedEvaluations = 1_200;

    /// <summary>The time all regular-expression matches of one evaluation may take together.</summary>
    public static readonly TimeSpan MaxRegexTime = TimeSpan.FromSeconds(1);

    [ThreadStatic]
    private static FeelBudget? _current;

    private long _steps;
    private TimeSpan _regexTime;

    public int Depth { get; set; }

    public static FeelBudget Current => _current ??= new FeelBudget();

    /// <summary>Starts a fresh budget for one evaluation on this thread; dispose to restore the previous one.</summary>
    public static IDisposable Begin()
    {
        var previous = _current;
        _current = new FeelBudget();
        return new Restore(previous);
    }

    public static void Charge(long steps = 1)
    {
        var budget = Current;
        budget._steps += steps;
        if (budget._steps > MaxSteps)
        {
            throw Exceeded($"The expression took more than {MaxSteps:N0} evaluation steps.");
        }
    }

    public static void CheckCount(long count)
    {
        if (count > MaxItems)
        {
            throw Exceeded($"The expression built a list of more than {MaxItems:N0} items.");
        }
    }

    public static void CheckLength(long length)
    {
        if (length > MaxStringLength)
        {
            throw Exceeded($"The expression built a string of more than {MaxStringLength:N0} characters.");
        }
    }

    /// <summary>Counts time spent matching regular expressions: each match is bounded, and so is their sum.</summary>
    public static void ChargeRegex(TimeSpan elapsed)
    {
        var budget = Current;
        budget._regexTime += elapsed;
        if (budget._regexTime > MaxRegexTime)
        {
            throw Exceeded($"The expression spent more than {MaxRegexTime.TotalSeconds:0.#} s matching regular expressions.");
        }
    }

    public static FeelException Exceeded(string message) => new(FeelException.LimitExceeded, message);

    private sealed class Restore(FeelBudget? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
