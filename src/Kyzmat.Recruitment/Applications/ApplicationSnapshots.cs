using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Profiles;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>Freezes what the application document says: the citizen's data and the vacancy as of now.</summary>
public sealed class ApplicationSnapshots(KyzmatDbContext db, ProfileReader profiles)
{
    private static readonly Dictionary<PositionGroup, LocalizedText> Groups = new()
    {
        [PositionGroup.Highest] = new("Эң жогорку", "Высшая", "Highest"),
        [PositionGroup.Main] = new("Башкы", "Главная", "Main"),
        [PositionGroup.Senior] = new("Улук", "Старшая", "Senior"),
        [PositionGroup.Junior] = new("Кенже", "Младшая", "Junior"),
    };

    /// <summary>The citizen's profile must be complete; PROFILE_INCOMPLETE names what is missing.</summary>
    public async Task<ProfileSnapshot> RequireCompleteProfileAsync(Citizen citizen, CancellationToken cancellationToken)
    {
        var profile = await profiles.ReadAsync(citizen.Id, cancellationToken);
        var completion = profile.Completion(hasBasicInformation: !string.IsNullOrWhiteSpace(citizen.Surname) && citizen.DateOfBirth != default);
        if (!completion.IsComplete)
        {
            throw new UserInputException(UserErrorCodes.ProfileIncomplete, MissingItemLabels.Join(completion.Missing));
        }

        return profile;
    }

    public async Task<ApplicationDocumentContent> TakeAsync(
        Application application, Citizen citizen, Office office, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var profile = await RequireCompleteProfileAsync(citizen, cancellationToken);
        var vacancy = await VacancyQueries.FindWithStateBodyAsync(db, application.VacancyId, cancellationToken)
            ?? throw new InvalidOperationException($"The vacancy of application {application.Id} does not exist.");
        var language = application.Language;
        return new ApplicationDocumentContent(
            application.Number,
            language,
            now,
            new ApplicantSnapshot(citizen.FullName, citizen.Pin, citizen.DateOfBirth, citizen.Email, profile.Profile?.Phone ?? citizen.Phone, profile.Profile?.Address),
            new VacancySnapshot(vacancy.Code, vacancy.Title.In(language), vacancy.StateBody!.Name.In(language), Groups[vacancy.Group].In(language)),
            new OfficeSnapshot(office.Name.In(language), office.Address.In(language)),
            [.. profile.Educations.Select(e => new EducationSnapshot(e.Institution, e.Speciality, e.Qualification, e.StartDate, e.EndDate, e.DocumentId))],
            [.. profile.WorkExperiences.Select(w => new WorkSnapshot(w.Organisation, w.Position, w.StartDate, w.EndDate, w.DocumentId))]);
    }
}
