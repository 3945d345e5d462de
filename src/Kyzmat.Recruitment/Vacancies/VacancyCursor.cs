using System.Globalization;
using System.Text;
using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>
/// Where a page ended: the sort key's value (a moment, an amount, or the relevance) and the vacancy code that breaks
/// ties. Opaque to clients.
/// </summary>
public sealed record VacancyCursor(VacancySort Sort, DateTimeOffset Moment, decimal Amount, string Code, double Rank = 0)
{
    public static VacancyCursor Of(Vacancy vacancy, VacancySort sort, double rank = 0) => sort switch
    {
        VacancySort.Deadline => new(sort, vacancy.Deadline, 0, vacancy.Code),
        VacancySort.Salary => new(sort, default, vacancy.SalaryMax, vacancy.Code),
        VacancySort.Relevance => new(sort, default, 0, vacancy.Code, rank),
        _ => new(sort, vacancy.PublishedAt ?? default, 0, vacancy.Code),
    };

    public string Encode()
    {
        var raw = string.Join(
            '|', (int)Sort, Moment.UtcTicks.ToString(CultureInfo.InvariantCulture), Amount.ToString(CultureInfo.InvariantCulture),
            Rank.ToString("R", CultureInfo.InvariantCulture), Code);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(raw));
    }

    /// <summary>Reads a cursor given back by a client; refuses one that is malformed or made for another sort.</summary>
    public static VacancyCursor Decode(string cursor, VacancySort expectedSort)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|', 5);
            var sort = (VacancySort)int.Parse(parts[0], CultureInfo.InvariantCulture);
            if (parts.Length == 5 && sort == expectedSort)
            {
                var moment = new DateTimeOffset(long.Parse(parts[1], CultureInfo.InvariantCulture), TimeSpan.Zero);
                var rank = double.Parse(parts[3], CultureInfo.InvariantCulture);
                return new VacancyCursor(sort, moment, decimal.Parse(parts[2], CultureInfo.InvariantCulture), parts[4], rank);
            }
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
        }

        throw new UserInputException(UserErrorCodes.InvalidCursor);
    }
}
