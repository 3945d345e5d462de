using System.Globalization;

namespace Kyzmat.TraceSummary;

/// <summary>Counts samples per category, per top-of-stack frame and per frame anywhere on the stack.</summary>
internal sealed class SampleSummary(IReadOnlyList<Category> categories)
{
    private const int FrameWidth = 170;
    private readonly Dictionary<string, int> _byCategory = [];
    private readonly Dictionary<string, int> _exclusive = [];
    private readonly Dictionary<string, int> _inclusive = [];
    private int _samples;

    public void Add(List<string> frames)
    {
        _samples++;
        var category = categories.FirstOrDefault(c => c.Matches(frames))?.Name ?? "other";
        Increment(_byCategory, category);
        Increment(_exclusive, frames[0]);
        foreach (var frame in frames.Distinct())
        {
            Increment(_inclusive, frame);
        }
    }

    public void Print(TextWriter output, int top)
    {
        output.WriteLine($"{_samples} samples");
        Section(output, "by category", _byCategory, int.MaxValue);
        Section(output, "on top of the stack (exclusive)", _exclusive, top);
        Section(output, "anywhere on the stack (inclusive)", _inclusive, top);
    }

    private void Section(TextWriter output, string title, Dictionary<string, int> counts, int top)
    {
        output.WriteLine($"== {title}");
        foreach (var (name, count) in counts.OrderByDescending(c => c.Value).Take(top))
        {
            var shown = name.Length > FrameWidth ? name[..FrameWidth] : name;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / Math.Max(1, _samples),6:F2} %  {shown}"));
        }
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
