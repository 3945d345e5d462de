using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>The lookups of the citizen's application path, compiled once per model (decision 0011).</summary>
internal static class ApplicationQueries
{
    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, Guid, CancellationToken, Task<Application?>>> OwnById = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid applicationId, Guid citizenId, CancellationToken _) =>
            db.Applications.SingleOrDefault(a => a.Id == applicationId && a.CitizenId == citizenId)));

    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, CancellationToken, Task<Application?>>> ById = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid applicationId, CancellationToken _) => db.Applications.SingleOrDefault(a => a.Id == applicationId)));

    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, Guid, CancellationToken, Task<bool>>> ActiveFor = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid citizenId, Guid vacancyId, CancellationToken _) =>
            db.Applications.Any(a => a.CitizenId == citizenId && a.ActiveVacancyId == vacancyId)));

    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, Guid, CancellationToken, Task<Office?>>> OfficeOfVacancy = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid vacancyId, Guid officeId, CancellationToken _) =>
            db.Vacancies.Where(v => v.Id == vacancyId).SelectMany(v => v.Offices).SingleOrDefault(o => o.Id == officeId)));

    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, ApplicationPdfKind, CancellationToken, Task<ApplicationPdf?>>> PdfOf = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid applicationId, ApplicationPdfKind kind, CancellationToken _) =>
            db.ApplicationPdfs.SingleOrDefault(p => p.ApplicationId == applicationId && p.Kind == kind)));

    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, ApplicationPdfKind, CancellationToken, Task<ApplicationPdf?>>> PdfReadOnlyOf = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid applicationId, ApplicationPdfKind kind, CancellationToken _) =>
            db.ApplicationPdfs.AsNoTracking().SingleOrDefault(p => p.ApplicationId == applicationId && p.Kind == kind)));

    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, CancellationToken, Task<VacancyWindow?>>> WindowOf = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid vacancyId, CancellationToken _) =>
            db.Vacancies.Where(v => v.Id == vacancyId).Select(v => new VacancyWindow(v.Status, v.Deadline)).SingleOrDefault()));

    /// <summary>Whether the vacancy still takes applications at that moment (published, its deadline not passed).</summary>
    public static async Task<bool> VacancyOpenAtAsync(KyzmatDbContext db, Guid vacancyId, DateTimeOffset moment, CancellationToken ct) =>
        await WindowOf.For(db)(db, vacancyId, ct) is { } window && Vacancy.IsOpen(window.Status, window.Deadline, moment);

    private sealed record VacancyWindow(VacancyStatus Status, DateTimeOffset Deadline);

    /// <summary>The citizen's own application, tracked; null for another citizen's.</summary>
    public static Task<Application?> OwnAsync(KyzmatDbContext db, Guid citizenId, Guid applicationId, CancellationToken ct) =>
        OwnById.For(db)(db, applicationId, citizenId, ct);

    /// <summary>The application, tracked.</summary>
    public static Task<Application?> FindAsync(KyzmatDbContext db, Guid applicationId, CancellationToken ct) => ById.For(db)(db, applicationId, ct);

    /// <summary>Whether the citizen has an application for the vacancy that is still under way.</summary>
    public static Task<bool> HasActiveAsync(KyzmatDbContext db, Guid citizenId, Guid vacancyId, CancellationToken ct) =>
        ActiveFor.For(db)(db, citizenId, vacancyId, ct);

    /// <summary>The office, tracked, when it is one of the vacancy's.</summary>
    public static Task<Office?> OfficeOfVacancyAsync(KyzmatDbContext db, Guid vacancyId, Guid officeId, CancellationToken ct) =>
        OfficeOfVacancy.For(db)(db, vacancyId, officeId, ct);

    /// <summary>The application's PDF of that kind, untracked (a tracked one keeps a copy of its bytes to compare).</summary>
    public static Task<ApplicationPdf?> PdfReadOnlyAsync(KyzmatDbContext db, Guid applicationId, ApplicationPdfKind kind, CancellationToken ct) =>
        PdfReadOnlyOf.For(db)(db, applicationId, kind, ct);

    /// <summary>The application's PDF of that kind, tracked.</summary>
    public static Task<ApplicationPdf?> PdfAsync(KyzmatDbContext db, Guid applicationId, ApplicationPdfKind kind, CancellationToken ct) =>
        PdfOf.For(db)(db, applicationId, kind, ct);
}
