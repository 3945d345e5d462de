namespace Kyzmat.Workflows.Expressions;

/// <summary>
/// The range relations of DMN 1.5 (before, after, meets, overlaps, includes…). A point argument is read as the
/// range [p..p], which makes the spec's point forms special cases of the range forms.
/// </summary>
internal static class RangeFunctions
{
    private delegate bool? Relation(Interval a, Interval b);

    public static void Register(BuiltinTable t)
    {
        Add(t, "before", Before, "point1", "point2", "point", "range", "range1", "range2");
        Add(t, "after", (a, b) => Before(b, a), "point1", "point2", "point", "range", "range1", "range2");
        Add(t, "meets", (a, b) => Meets(a, b), "range1", "range2");
        Add(t, "met by", (a, b) => Meets(b, a), "range1", "range2");
        Add(t, "overlaps", Overlaps, "range1", "range2");
        Add(t, "overlaps before", OverlapsBefore, "range1", "range2");
        Add(t, "overlaps after", (a, b) => OverlapsBefore(b, a), "range1", "range2");
        Add(t, "finishes", Finishes, "point", "range", "range1", "range2");
        Add(t, "finished by", (a, b) => Finishes(b, a), "range", "point", "range1", "range2");
        Add(t, "includes", Includes, "range", "point", "range1", "range2");
        Add(t, "during", (a, b) => Includes(b, a), "point", "range", "range1", "range2");
        Add(t, "starts", Starts, "point", "range", "range1", "range2");
        Add(t, "started by", (a, b) => Starts(b, a), "range", "point", "range1", "range2");
        Add(t, "coincides", (a, b) => And(Eq(a.Start, b.Start), a.StartIncluded == b.StartIncluded, Eq(a.End, b.End), a.EndIncluded == b.EndIncluded),
            "point1", "point2", "range1", "range2");
    }

    private static void Add(BuiltinTable t, string name, Relation relation, params string[] names)
    {
        for (var i = 0; i < names.Length; i += 2)
        {
            t.Add(name, [names[i], names[i + 1]], (_, a) => Interval.Of(a[0]) is { } x && Interval.Of(a[1]) is { } y ? relation(x, y) : null);
        }
    }

    private static bool? Before(Interval a, Interval b) =>
        Or(Lt(a.End, b.Start), And(!a.EndIncluded || !b.StartIncluded, Eq(a.End, b.Start)));

    private static bool? Meets(Interval a, Interval b) => And(a.EndIncluded, b.StartIncluded, Eq(a.End, b.Start));

    private static bool? Overlaps(Interval a, Interval b) =>
        And(Or(Lt(b.Start, a.End), And(Eq(a.End, b.Start), a.EndIncluded, b.StartIncluded)),
            Or(Lt(a.Start, b.End), And(Eq(a.Start, b.End), a.StartIncluded, b.EndIncluded)));

    private static bool? OverlapsBefore(Interval a, Interval b) =>
        And(Or(Lt(a.Start, b.Start), And(Eq(a.Start, b.Start), a.StartIncluded, !b.StartIncluded)),
            Or(Lt(b.Start, a.End), And(Eq(a.End, b.Start), a.EndIncluded, b.StartIncluded)),
            Or(Lt(a.End, b.End), And(Eq(a.End, b.End), !a.EndIncluded || b.EndIncluded)));

    private static bool? Finishes(Interval a, Interval b) =>
        And(a.EndIncluded == b.EndIncluded, Eq(a.End, b.End),
            Or(Lt(b.Start, a.Start), And(Eq(a.Start, b.Start), !a.StartIncluded || b.StartIncluded)));

    private static bool? Includes(Interval a, Interval b) =>
        And(Or(Lt(a.Start, b.Start), And(Eq(a.Start, b.Start), a.StartIncluded || !b.StartIncluded)),
            Or(Lt(b.End, a.End), And(Eq(a.End, b.End), a.EndIncluded || !b.EndIncluded)));

    private static bool? Starts(Interval a, Interval b) =>
        And(Eq(a.Start, b.Start), a.StartIncluded == b.StartIncluded,
            Or(Lt(a.End, b.End), And(Eq(a.End, b.End), !a.EndIncluded || b.EndIncluded)));

    private static bool? Lt(Bound x, Bound y) => Compare(x, y) is { } c ? c < 0 : null;

    private static bool? Eq(Bound x, Bound y) => Compare(x, y) is { } c ? c == 0 : null;

    private static int? Compare(Bound x, Bound y) =>
        x.Infinity != 0 || y.Infinity != 0 ? x.Infinity.CompareTo(y.Infinity) : FeelComparer.Compare(x.Value, y.Value);

    private static bool? And(params bool?[] values) => values.Any(v => v is false) ? false : values.Any(v => v is null) ? null : true;

    private static bool? Or(params bool?[] values) => values.Any(v => v is true) ? true : values.Any(v => v is null) ? null : false;

    /// <summary>A range end: a value, or minus/plus infinity for the missing end of a comparison test.</summary>
    private readonly record struct Bound(object? Value, int Infinity);

    private sealed record Interval(Bound Start, bool StartIncluded, Bound End, bool EndIncluded)
    {
        public static Interval? Of(object? value) => value switch
        {
            null => null,
            FeelRange r => new Interval(Side(r.Start, -1), r.StartIncluded, Side(r.End, 1), r.EndIncluded),
            List<object?> or Dictionary<string, object?> or bool or FeelFunction => null,
            _ => new Interval(new Bound(value, 0), true, new Bound(value, 0), true),
        };

        private static Bound Side(object? value, int infinity) => ReferenceEquals(value, FeelRange.Unbounded) ? new Bound(null, infinity) : new Bound(value, 0);
    }
}
