using Microsoft.Extensions.Time.Testing;

namespace Kyzmat.Recruitment.Tests.Mail;

/// <summary>
/// A clock the test moves, which counts the timers set on it: code mail's delivery sets one for each retry it schedules,
/// so the test can wait until a refusal has reached the sender (and its retry is set) before moving the clock.
/// </summary>
internal sealed class TimerCountingClock() : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    private int _timers;

    public int TimersCreated => Volatile.Read(ref _timers);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _timers);
        return timer;
    }
}
