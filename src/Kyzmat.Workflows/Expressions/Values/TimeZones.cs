using System.Collections.Concurrent;

namespace Kyzmat.Workflows.Expressions;

/// <summary>IANA time zones by id, as FEEL writes them after '@' ("Europe/Paris").</summary>
internal static class TimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.Ordinal);

    public static TimeZoneInfo? Find(string id)
    {
        if (id.Length is 0 or > 64)
        {
            return null;
        }

        return Cache.GetOrAdd(id, key =>
        {
            var found = TimeZoneInfo.TryFindSystemTimeZoneById(key, out var zone) ? zone : null;
            // Only IANA-style ids ("Europe/Paris", "UTC"), not Windows display names.
            return found is not null && (key.Contains('/', StringComparison.Ordinal) || key is "UTC" or "GMT" or "Z") ? found : null;
        });
    }

    public static TimeSpan StandardOffset(string id) => Find(id)?.BaseUtcOffset ?? TimeSpan.Zero;

    public static TimeSpan OffsetAt(string id, FeelDate date, TimeSpan timeOfDay)
    {
        var zone = Find(id);
        if (zone is null)
        {
            return TimeSpan.Zero;
        }

        // Outside DateTime's years the zone's standard offset is the best guess.
        if (date.Year is < 2 or > 9998)
        {
            return zone.BaseUtcOffset;
        }

        var local = new DateTime((int)date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Unspecified) + timeOfDay;
        return zone.GetUtcOffset(local);
    }
}
