using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>Checks a submitted vacancy and returns it trimmed; each failure is a <see cref="UserInputException"/>.</summary>
internal static class VacancyInputRules
{
    public const int MaxOffices = 50;
    private const int TitleLength = 400;
    private const int TextLength = 4000;
    private const int DocumentsLength = 2000;
    private const int MaxExperienceYears = 40;

    /// <summary>Far above any civil-service salary, and well inside the column's numeric(12,2).</summary>
    private const decimal MaxSalary = 1_000_000_000m;

    public static VacancyInput Checked(VacancyInput input, DateTimeOffset now)
    {
        var title = Text(input.Title, VacancyLabels.TitleKy, VacancyLabels.TitleRu, TitleLength);
        var duties = Text(input.Description, VacancyLabels.DutiesKy, VacancyLabels.DutiesRu, TextLength);
        var requirements = Text(input.Requirements, VacancyLabels.RequirementsKy, VacancyLabels.RequirementsRu, TextLength);
        if (input.SalaryMin < 0 || input.SalaryMax < input.SalaryMin || input.SalaryMax > MaxSalary)
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

        if (input.MinExperienceYears is < 0 or > MaxExperienceYears)
        {
            throw new UserInputException(UserErrorCodes.ExperienceYearsOutOfRange, MaxExperienceYears);
        }

        return input with
        {
            Title = title,
            Description = duties,
            Requirements = requirements,
            OfficeIds = offices,
            Deadline = input.Deadline.ToUniversalTime(),
            Unit = OptionalText(input.Unit, VacancyLabels.Unit, TitleLength),
            RequiredDocuments = OptionalText(input.RequiredDocuments, VacancyLabels.RequiredDocuments, DocumentsLength),
        };
    }

    public static string Reason(string? reason) =>
        InputRules.Required(reason, VacancyLabels.CancellationReason, VacancyManagement.MaxReasonLength);

    /// <summary>An optional text: absent or blank is empty; given in one language only, it stands for both.</summary>
    private static LocalizedText OptionalText(LocalizedText? text, LocalizedText label, int maxLength)
    {
        var ky = InputRules.Optional(text?.Ky, label, maxLength);
        var ru = InputRules.Optional(text?.Ru, label, maxLength);
        return ky is null && ru is null ? LocalizedText.Empty : new(ky ?? ru!, ru ?? ky!, InputRules.Optional(text?.En, label, maxLength));
    }

    private static LocalizedText Text(LocalizedText text, LocalizedText kyLabel, LocalizedText ruLabel, int maxLength) => new(
        InputRules.Required(text.Ky, kyLabel, maxLength),
        InputRules.Required(text.Ru, ruLabel, maxLength),
        InputRules.Optional(text.En, VacancyLabels.English, maxLength));
}
