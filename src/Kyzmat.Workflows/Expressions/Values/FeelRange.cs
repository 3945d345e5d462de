namespace Kyzmat.Workflows.Expressions;

/// <summary>
/// A FEEL range such as [1..10) or the unary test &lt; 5, whose missing end is <see cref="Unbounded"/>
/// (distinct from null: (&lt; 10) is not (null..10)).
/// </summary>
public sealed record FeelRange(object? Start, bool StartIncluded, object? End, bool EndIncluded)
{
    /// <summary>The missing end of a comparison test such as &lt; 5.</summary>
    public static readonly object Unbounded = new UnboundedEnd();

    public override string ToString() => FeelText.Format(this);

    private sealed class UnboundedEnd
    {
        public override string ToString() => "unbounded";
    }
}
