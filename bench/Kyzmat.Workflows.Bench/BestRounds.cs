namespace Kyzmat.Workflows.Bench;

/// <summary>One side's best result per phase over the rounds, and what the run's deadline left unfinished in the last round.</summary>
public sealed class BestRounds
{
    private readonly Dictionary<string, PhaseResult> _best = new(StringComparer.Ordinal);

    public int Rounds { get; private set; }

    /// <summary>Phases of the round under way when the deadline passed: cut short, or not run.</summary>
    public List<string> Unfinished { get; } = [];

    public PhaseResult? this[string phase] => _best.GetValueOrDefault(phase);

    /// <summary>Keeps a round's results (all of them, or those measured before the deadline), each phase's fastest counting.</summary>
    public void Keep(List<PhaseResult> round)
    {
        foreach (var result in round.Where(r => r.Done > 0))
        {
            if (!_best.TryGetValue(result.Name, out var best) || result.PerSecond > best.PerSecond)
            {
                _best[result.Name] = result;
            }
        }

        var finished = round.Where(r => !r.CutShort).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        if (PhaseNames.All.All(finished.Contains))
        {
            Rounds++;
            return;
        }

        Unfinished.Clear();
        Unfinished.AddRange(PhaseNames.All.Where(p => !finished.Contains(p))
            .Select(p => round.Any(r => r.Name == p) ? $"{p} (cut short)" : $"{p} (not run)"));
    }
}
