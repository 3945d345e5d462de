namespace Kyzmat.Workflows.Expressions;

/// <summary>A FEEL years-and-months duration (P1Y2M): a whole number of months, which days-based durations cannot express.</summary>
public readonly record struct YearsMonthsDuration(long TotalMonths) : IComparable<YearsMonthsDuration>
{
    public long Years => TotalMonths / 12;

    public long Months => TotalMonths % 12;

    public int CompareTo(YearsMonthsDuration other) => TotalMonths.CompareTo(other.TotalMonths);

    public override string ToString() => FeelText.Format(this);
}
