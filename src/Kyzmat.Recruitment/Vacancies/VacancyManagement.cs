using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>
/// HR reviewers' work on their bodies' vacancies (administrators': any body's): create a draft, edit, publish, close,
/// cancel. Once someone has applied, the requirements stay as the applicants read them and an edit of them becomes a
/// published amendment note instead.
/// </summary>
public sealed class VacancyManagement(KyzmatDbContext db, CompetitionCancellation competitions, TimeProvider clock)
{
    public const int MaxReasonLength = 1000;
    private const int CodeAttempts = 3;

    public async Task<Vacancy> CreateAsync(HrScope scope, Guid stateBodyId, VacancyInput input, CancellationToken cancellationToken)
    {
        if (!scope.Covers(stateBodyId))
        {
            throw new UserInputException(UserErrorCodes.Forbidden);
        }

        if (!await db.StateBodies.AnyAsync(b => b.Id == stateBodyId, cancellationToken))
        {
            throw new UserInputException(UserErrorCodes.NotFound);
        }

        var now = clock.GetUtcNow();
        input = VacancyInputRules.Checked(input, now);
        var offices = await OfficesOfBodyAsync(stateBodyId, input.OfficeIds, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var vacancy = new Vacancy
            {
                Code = await VacancyCodes.NextAsync(db, now.Year, cancellationToken),
                StateBodyId = stateBodyId,
                Group = input.Group,
                Title = input.Title,
                Description = input.Description,
                Requirements = input.Requirements,
                RequiredEducation = input.RequiredEducation,
                MinExperienceYears = input.MinExperienceYears,
                StateLanguageLevel = input.StateLanguageLevel,
            };
            Apply(vacancy, input, offices);
            db.Vacancies.Add(vacancy);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return vacancy;
            }
            catch (DbUpdateException) when (attempt < CodeAttempts)
            {
                // Another draft took the same number at the same moment: take the next one. Anything else is no race.
                db.ChangeTracker.Clear();
                if (!await db.Vacancies.AnyAsync(v => v.Code == vacancy.Code, cancellationToken))
                {
                    throw;
                }

                offices = await OfficesOfBodyAsync(stateBodyId, input.OfficeIds, cancellationToken);
            }
        }
    }

    /// <summary>Edits a draft or a published vacancy; returns the amendment note when the edit became one.</summary>
    public async Task<(Vacancy Vacancy, VacancyAmendment? Amendment)> UpdateAsync(
        HrScope scope, Guid authorId, Guid vacancyId, VacancyInput input, CancellationToken cancellationToken)
    {
        var vacancy = await ManagedAsync(scope, vacancyId, cancellationToken);
        RequireStatus(vacancy, VacancyStatus.Draft, VacancyStatus.Published);
        var now = clock.GetUtcNow();
        if (vacancy.Status == VacancyStatus.Published && input.Deadline < vacancy.Deadline)
        {
            throw new UserInputException(UserErrorCodes.DeadlineOnlyLater);
        }

        input = VacancyInputRules.Checked(input, now);
        var offices = await OfficesOfBodyAsync(vacancy.StateBodyId, input.OfficeIds, cancellationToken);
        VacancyAmendment? amendment = null;
        if (await db.Applications.AnyAsync(a => a.VacancyId == vacancyId, cancellationToken))
        {
            await RequireAppliedOfficesKeptAsync(vacancy, input.OfficeIds, cancellationToken);
            if (input.Group != vacancy.Group)
            {
                throw new UserInputException(UserErrorCodes.GroupLocked);
            }

            if (input.RequiredEducation != vacancy.RequiredEducation || input.MinExperienceYears != vacancy.MinExperienceYears
                || input.StateLanguageLevel != vacancy.StateLanguageLevel)
            {
                throw new UserInputException(UserErrorCodes.GroupLocked);
            }

            var current = await db.VacancyAmendments.Where(a => a.VacancyId == vacancyId).OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Select(a => a.Text).FirstOrDefaultAsync(cancellationToken) ?? vacancy.Requirements;
            if (input.Requirements != current)
            {
                amendment = new VacancyAmendment { VacancyId = vacancy.Id, At = now, AuthorId = authorId, Text = input.Requirements };
                db.VacancyAmendments.Add(amendment);
            }
        }
        else
        {
            vacancy.Group = input.Group;
            vacancy.Requirements = input.Requirements;
            vacancy.RequiredEducation = input.RequiredEducation;
            vacancy.MinExperienceYears = input.MinExperienceYears;
            vacancy.StateLanguageLevel = input.StateLanguageLevel;
        }

        vacancy.Title = input.Title;
        vacancy.Description = input.Description;
        Apply(vacancy, input, offices);
        await db.SaveChangesAsync(cancellationToken);
        return (vacancy, amendment);
    }

    /// <summary>A draft goes public: one may apply until its deadline.</summary>
    public async Task<Vacancy> PublishAsync(HrScope scope, Guid vacancyId, CancellationToken cancellationToken)
    {
        var vacancy = await ManagedAsync(scope, vacancyId, cancellationToken);
        RequireStatus(vacancy, VacancyStatus.Draft);
        var now = clock.GetUtcNow();
        if (vacancy.Deadline <= now)
        {
            throw new UserInputException(UserErrorCodes.DeadlineInPast);
        }

        vacancy.Status = VacancyStatus.Published;
        vacancy.PublishedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return vacancy;
    }

    /// <summary>
    /// Stops accepting applications (e.g. once the winner is appointed): those who filed go on, drafts not yet signed are
    /// cancelled with a reason. Asked again for a closed vacancy, it cancels any draft a failure left.
    /// </summary>
    public async Task<Vacancy> CloseAsync(HrScope scope, Guid actorId, Guid vacancyId, CancellationToken cancellationToken)
    {
        var vacancy = await ManagedAsync(scope, vacancyId, cancellationToken);
        if (vacancy.Status != VacancyStatus.Closed)
        {
            RequireStatus(vacancy, VacancyStatus.Published);
            vacancy.Status = VacancyStatus.Closed;
            await db.SaveChangesAsync(cancellationToken);
        }

        await competitions.CancelUnsignedAsync(vacancy.Id, actorId, cancellationToken, CompetitionCancellation.InRequest);
        return await db.Vacancies.AsNoTracking().SingleAsync(v => v.Id == vacancyId, cancellationToken);
    }

    /// <summary>
    /// Calls the competition off: the vacancy is cancelled with the reason, then each active application with it. Asked
    /// again for a cancelled vacancy, it finishes any application a failure left active.
    /// </summary>
    public async Task<Vacancy> CancelAsync(HrScope scope, Guid actorId, Guid vacancyId, string? reason, CancellationToken cancellationToken)
    {
        var vacancy = await ManagedAsync(scope, vacancyId, cancellationToken);
        if (vacancy.Status != VacancyStatus.Cancelled)
        {
            vacancy.CancellationReason = VacancyInputRules.Reason(reason);
            vacancy.Status = VacancyStatus.Cancelled;
            await db.SaveChangesAsync(cancellationToken);
        }

        await competitions.CancelApplicationsAsync(vacancy.Id, vacancy.CancellationReason!, actorId, cancellationToken, CompetitionCancellation.InRequest);
        return await db.Vacancies.AsNoTracking().SingleAsync(v => v.Id == vacancyId, cancellationToken);
    }

    /// <summary>A vacancy the reviewer manages, tracked with its offices; another body's draft does not exist for them.</summary>
    private async Task<Vacancy> ManagedAsync(HrScope scope, Guid vacancyId, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.Include(v => v.Offices).SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        if (vacancy is null || (vacancy.Status == VacancyStatus.Draft && !scope.Covers(vacancy.StateBodyId)))
        {
            throw new UserInputException(UserErrorCodes.NotFound);
        }

        return scope.Covers(vacancy.StateBodyId) ? vacancy : throw new UserInputException(UserErrorCodes.Forbidden);
    }

    private static void RequireStatus(Vacancy vacancy, params VacancyStatus[] allowed)
    {
        if (!allowed.Contains(vacancy.Status))
        {
            throw new UserInputException(UserErrorCodes.VacancyStatusInvalid, VacancyLabels.Of(vacancy.Status));
        }
    }

    private static void Apply(Vacancy vacancy, VacancyInput input, List<Office> offices)
    {
        vacancy.Unit = input.Unit ?? LocalizedText.Empty;
        vacancy.RequiredDocuments = input.RequiredDocuments ?? LocalizedText.Empty;
        vacancy.Employment = input.Employment;
        vacancy.SalaryMin = input.SalaryMin;
        vacancy.SalaryMax = input.SalaryMax;
        vacancy.Deadline = input.Deadline;
        vacancy.Offices.RemoveAll(o => !offices.Any(k => k.Id == o.Id));
        vacancy.Offices.AddRange(offices.Where(o => !vacancy.Offices.Any(k => k.Id == o.Id)));
    }

    private async Task<List<Office>> OfficesOfBodyAsync(Guid stateBodyId, IReadOnlyList<Guid> officeIds, CancellationToken cancellationToken)
    {
        var offices = await db.Offices.Where(o => officeIds.Contains(o.Id)).ToListAsync(cancellationToken);
        if (offices.Count != officeIds.Count || offices.Any(o => o.StateBodyId != stateBodyId))
        {
            throw new UserInputException(UserErrorCodes.OfficeNotOfBody);
        }

        return offices;
    }

    private async Task RequireAppliedOfficesKeptAsync(Vacancy vacancy, IReadOnlyList<Guid> keptOfficeIds, CancellationToken cancellationToken)
    {
        var removed = vacancy.Offices.Select(o => o.Id).Where(id => !keptOfficeIds.Contains(id)).ToList();
        if (removed.Count > 0 && await db.Applications.AnyAsync(a => a.VacancyId == vacancy.Id && a.OfficeId != null && removed.Contains(a.OfficeId.Value), cancellationToken))
        {
            throw new UserInputException(UserErrorCodes.OfficeInUse);
        }
    }
}
