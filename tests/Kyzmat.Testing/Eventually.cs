using System.Diagnostics;
using System.Globalization;

namespace Kyzmat.Testing;

/// <summary>
/// Waits for something the test cannot await directly (a background job, a poller, a process step) by asking again
/// every <see cref="Interval"/> until it holds, and fails with what was awaited once <see cref="DefaultTimeout"/> (or the
/// bound given) has passed: no fixed sleep that is too long on a quiet machine and too short on a busy one.
/// </summary>
public static class Eventually
{
    /// <summary>The bound unless told otherwise: generous, since it is only reached when the test is failing anyway.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The pause between two attempts.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>Returns once <paramref name="condition"/> holds; <paramref name="what"/> completes "waiting until …" in the failure.</summary>
    public static Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        WaitForAsync(() => Task.FromResult(condition()), done => done, what, timeout, showLast: false);

    /// <summary>Returns once <paramref name="condition"/> holds; <paramref name="what"/> completes "waiting until …" in the failure.</summary>
    public static Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        WaitForAsync(condition, done => done, what, timeout, showLast: false);

    /// <summary>
    /// Repeats <paramref name="attempt"/> until its result satisfies <paramref name="done"/> and returns that result; the
    /// failure shows the last result.
    /// </summary>
    public static Task<T> WaitForAsync<T>(Func<Task<T>> attempt, Func<T, bool> done, string what, TimeSpan? timeout = null) =>
        WaitForAsync(attempt, done, what, timeout, showLast: true);

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> attempt, Func<T, bool> done, string what, TimeSpan? timeout, bool showLast)
    {
        var bound = timeout ?? DefaultTimeout;
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var result = await attempt().ConfigureAwait(false);
            if (done(result))
            {
                return result;
            }

            if (watch.Elapsed >= bound)
            {
                var seconds = bound.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
                throw new TimeoutException($"Waited {seconds} s until {what}, in vain." + (showLast ? $" The last attempt gave: {result}" : ""));
            }

            await Task.Delay(Interval).ConfigureAwait(false);
        }
    }
}
