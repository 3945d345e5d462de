using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>Checks a submitted vacancy and returns it trimmed; each failure is a <see cref="UserInputException"/>.</summary>
internal static class VacancyInputRules
{
    public const int MaxOffices = 50;
    private const int TitleLength = 400;
    private const int TextLength = 4000;

    public static VacancyInput Checked(VacancyInput input, DateTimeOffset now)
    {
        var title = Text(input.Title, VacancyLabels.TitleKy, VacancyLabels.TitleRu, TitleLength);
        var duties = Text(input.Description, VacancyLabels.DutiesKy, VacancyLabels.DutiesRu, TextLength);
        var requirements = Text(input.Requirements, VacancyLabels.RequirementsKy, VacancyLabels.RequirementsRu, TextLength);
        if (input.SalaryMin < 0 || input.SalaryMax < input.SalaryMin)
        {
            throw new UserInputException(UserErrorCodes.SalaryRangeInvalid);
        }

        if (input.Deadline <= now)
        {
            throw new UserInputException(UserErrorCodes.DeadlineInPast);
        }

        var offices = input.OfficeIds.Distinct().ToList();
        if (offices.Count == 0)
        {
            throw new UserInputException(UserErrorCodes.RequiredField, VacancyLabels.Offices);
        }

        if (offices.Count > MaxOffices)
        {
            throw new UserInputException(UserErrorCodes.InvalidInput);
        }

        return input with { Title = title, Description = duties, Requirements = requirements, OfficeIds = offices, Deadline = input.Deadline.ToUniversalTime() };
    }

    public static string Reason(string? reason) =>
        InputRules.Required(reason, VacancyLabels.CancellationReason, VacancyManagement.MaxReasonLength);

    private static LocalizedText Text(LocalizedText text, LocalizedText kyLabel, LocalizedText ruLabel, int maxLength) => new(
        InputRules.Required(text.Ky, kyLabel, maxLength),
        InputRules.Required(text.Ru, ruLabel, maxLength),
        InputRules.Optional(text.En, VacancyLabels.English, maxLength));
}
