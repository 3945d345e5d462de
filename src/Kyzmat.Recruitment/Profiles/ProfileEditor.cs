using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Profiles;

/// <summary>A citizen's changes to their own profile («Жеке кабинет»), validated; nobody else's records are reachable.</summary>
public sealed class ProfileEditor(KyzmatDbContext db, IDocumentStorage storage, TimeProvider clock)
{
    /// <summary>Studies may end up to this many years ahead (the expected graduation).</summary>
    private const int StudyYearsAhead = 7;

    public async Task<CitizenProfile> UpdatePersonalAsync(Guid citizenId, PersonalInformationInput input, CancellationToken cancellationToken)
    {
        var regionCode = input.RegionCode?.Trim();
        if (regionCode is not null && !await db.Regions.AnyAsync(r => r.Code == regionCode, cancellationToken))
        {
            throw new UserInputException(UserErrorCodes.RegionUnknown);
        }

        var profile = await ProfileOfAsync(citizenId, cancellationToken);
        profile.Sex = input.Sex;
        profile.Citizenship = InputRules.Optional(input.Citizenship, FieldLabels.Citizenship, 2)?.ToUpperInvariant();
        profile.Phone = InputRules.Phone(input.Phone);
        profile.RegionCode = regionCode;
        profile.District = InputRules.Optional(input.District, FieldLabels.District, 100);
        profile.Address = InputRules.Optional(input.Address, FieldLabels.Address, 300);
        profile.MaritalStatus = input.MaritalStatus;
        await SaveAsync(profile, cancellationToken);
        return profile;
    }

    public async Task<CitizenProfile> UpdateAdditionalAsync(Guid citizenId, AdditionalInformationInput input, CancellationToken cancellationToken)
    {
        var profile = await ProfileOfAsync(citizenId, cancellationToken);
        profile.Languages = input.Languages
            .Where(l => !string.IsNullOrWhiteSpace(l.Language))
            .GroupBy(l => l.Language.Trim().ToLowerInvariant())
            .Select(g => new LanguageSkill(g.Key.Length <= 10 ? g.Key : g.Key[..10], g.Max(l => l.Level)))
            .Take(20)
            .ToList();
        profile.ComputerSkills = InputRules.Optional(input.ComputerSkills, FieldLabels.ComputerSkills, 1000);
        profile.Awards = InputRules.Optional(input.Awards, FieldLabels.Awards, 2000);
        profile.ScientificDegree = InputRules.Optional(input.ScientificDegree, FieldLabels.ScientificDegree, 300);
        profile.About = InputRules.Optional(input.About, FieldLabels.About, 4000);
        await SaveAsync(profile, cancellationToken);
        return profile;
    }

    public async Task<Education> SaveEducationAsync(Guid citizenId, Guid? educationId, EducationInput input, CancellationToken cancellationToken)
    {
        var today = Today();
        InputRules.Period(input.StartDate, input.EndDate, today, today.AddYears(StudyYearsAhead));
        await RequireOwnDocumentAsync(citizenId, input.DocumentId, cancellationToken);
        var education = educationId is { } id
            ? await db.Educations.SingleOrDefaultAsync(e => e.Id == id && e.CitizenId == citizenId, cancellationToken)
                ?? throw new UserInputException(UserErrorCodes.NotFound)
            : db.Educations.Add(new Education { CitizenId = citizenId, Institution = "", Speciality = "", Qualification = "", Field = "" }).Entity;
        var previousDocument = education.DocumentId;
        education.Institution = InputRules.Required(input.Institution, FieldLabels.Institution, 300);
        education.Speciality = InputRules.Required(input.Speciality, FieldLabels.Speciality, 200);
        education.Qualification = InputRules.Required(input.Qualification, FieldLabels.Qualification, 200);
        education.Field = InputRules.Required(input.Field, FieldLabels.Field, 200);
        education.StartDate = input.StartDate;
        education.EndDate = input.EndDate;
        education.Form = input.Form;
        education.DocumentId = input.DocumentId;
        await db.SaveChangesAsync(cancellationToken);
        await DeleteIfOrphanedAsync(previousDocument, cancellationToken);
        return education;
    }

    public async Task<WorkExperience> SaveWorkExperienceAsync(Guid citizenId, Guid? experienceId, WorkExperienceInput input, CancellationToken cancellationToken)
    {
        var today = Today();
        InputRules.Period(input.StartDate, input.EndDate, today, today);
        await RequireOwnDocumentAsync(citizenId, input.DocumentId, cancellationToken);
        var areas = input.Areas.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().ToList();
        if (areas.Count == 0)
        {
            throw new UserInputException(UserErrorCodes.RequiredField, FieldLabels.Areas);
        }

        var experience = experienceId is { } id
            ? await db.WorkExperiences.SingleOrDefaultAsync(w => w.Id == id && w.CitizenId == citizenId, cancellationToken)
                ?? throw new UserInputException(UserErrorCodes.NotFound)
            : db.WorkExperiences.Add(new WorkExperience { CitizenId = citizenId, Organisation = "", Position = "" }).Entity;
        var previousDocument = experience.DocumentId;
        experience.Organisation = InputRules.Required(input.Organisation, FieldLabels.Organisation, 300);
        experience.Department = InputRules.Optional(input.Department, FieldLabels.Department, 200);
        experience.Position = InputRules.Required(input.Position, FieldLabels.Position, 200);
        experience.PostType = input.PostType;
        experience.Areas = areas.Select(a => InputRules.Required(a, FieldLabels.Areas, 100)).Take(10).ToList();
        experience.StartDate = input.StartDate;
        experience.EndDate = input.EndDate;
        experience.DocumentId = input.DocumentId;
        await db.SaveChangesAsync(cancellationToken);
        await DeleteIfOrphanedAsync(previousDocument, cancellationToken);
        return experience;
    }

    public async Task RemoveEducationAsync(Guid citizenId, Guid educationId, CancellationToken cancellationToken)
    {
        var education = await db.Educations.SingleOrDefaultAsync(e => e.Id == educationId && e.CitizenId == citizenId, cancellationToken)
            ?? throw new UserInputException(UserErrorCodes.NotFound);
        db.Educations.Remove(education);
        await db.SaveChangesAsync(cancellationToken);
        await DeleteIfOrphanedAsync(education.DocumentId, cancellationToken);
    }

    public async Task RemoveWorkExperienceAsync(Guid citizenId, Guid experienceId, CancellationToken cancellationToken)
    {
        var experience = await db.WorkExperiences.SingleOrDefaultAsync(w => w.Id == experienceId && w.CitizenId == citizenId, cancellationToken)
            ?? throw new UserInputException(UserErrorCodes.NotFound);
        db.WorkExperiences.Remove(experience);
        await db.SaveChangesAsync(cancellationToken);
        await DeleteIfOrphanedAsync(experience.DocumentId, cancellationToken);
    }

    private async Task<CitizenProfile> ProfileOfAsync(Guid citizenId, CancellationToken cancellationToken) =>
        await db.Profiles.SingleOrDefaultAsync(p => p.CitizenId == citizenId, cancellationToken)
        ?? db.Profiles.Add(new CitizenProfile { CitizenId = citizenId }).Entity;

    private async Task SaveAsync(CitizenProfile profile, CancellationToken cancellationToken)
    {
        profile.UpdatedAt = clock.GetUtcNow();
        profile.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || db.Entry(profile).State == EntityState.Added)
        {
            // Another edit of the same profile won (or created it first): nothing of this one was written.
            throw new UserInputException(UserErrorCodes.ChangedMeanwhile, ex);
        }
    }

    private async Task RequireOwnDocumentAsync(Guid citizenId, Guid? documentId, CancellationToken cancellationToken)
    {
        if (documentId is { } id && !await db.Documents.AnyAsync(d => d.Id == id && d.OwnerId == citizenId, cancellationToken))
        {
            throw new UserInputException(UserErrorCodes.DocumentNotYours);
        }
    }

    /// <summary>
    /// A document no record points at any more is deleted, row and content — unless an application's frozen snapshot
    /// names it: HR reviewers must still see the proof the citizen applied with.
    /// </summary>
    private async Task DeleteIfOrphanedAsync(Guid? documentId, CancellationToken cancellationToken)
    {
        if (documentId is not { } id
            || await db.Educations.AnyAsync(e => e.DocumentId == id, cancellationToken)
            || await db.WorkExperiences.AnyAsync(w => w.DocumentId == id, cancellationToken)
            || await db.Profiles.AnyAsync(p => p.PhotoDocumentId == id, cancellationToken))
        {
            return;
        }

        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var idText = id.ToString();
        if (document is not null
            && !await db.Applications.AnyAsync(a => a.CitizenId == document.OwnerId && a.SnapshotJson != null && a.SnapshotJson.Contains(idText), cancellationToken))
        {
            db.Documents.Remove(document);
            await db.SaveChangesAsync(cancellationToken);
            await storage.DeleteAsync(document.StorageKey, cancellationToken);
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
