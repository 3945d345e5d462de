using System.Text.Json;
using System.Text.Json.Serialization;
using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Seed;

/// <summary>Reads the seed data files embedded from <c>Seed/Data/*.json</c>.</summary>
internal static class SeedFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static IReadOnlyList<RegionRecord> Regions() => Read<List<RegionRecord>>("regions.json");

    public static IReadOnlyList<StateBodyRecord> StateBodies() => Read<List<StateBodyRecord>>("state-bodies.json");

    public static IReadOnlyList<VacancyRecord> Vacancies() => Read<List<VacancyRecord>>("vacancies.json");

    private static T Read<T>(string fileName)
    {
        var assembly = typeof(SeedFiles).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(name => name.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<T>(stream, Json)
            ?? throw new InvalidDataException($"Seed file {fileName} is empty.");
    }

    internal sealed record Text(string Ky, string Ru, string En)
    {
        public LocalizedText ToLocalized() => new(Ky, Ru, En);
    }

    internal sealed record RegionRecord(string Code, string Kind, Text Name);

    internal sealed record OfficeRecord(string Code, string Region, Text Name, Text Address);

    internal sealed record StateBodyRecord(
        string Code, string Kind, Text Name, Text ShortName, string? Email, string? Phone, List<OfficeRecord> Offices);

    internal sealed record VacancyRecord(
        string Code,
        string Body,
        string Group,
        Text Title,
        Text Description,
        Text Requirements,
        decimal SalaryMin,
        decimal SalaryMax,
        int PublishedDaysAgo,
        int DeadlineInDays,
        List<string> Offices,
        string Employment);
}
