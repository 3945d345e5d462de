using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>Reads applications for «Менин жоопторум» and for HR, with their timelines and documents.</summary>
public sealed class ApplicationReader(KyzmatDbContext db)
{
    /// <summary>The citizen's applications, newest first.</summary>
    public async Task<IReadOnlyList<Application>> OfCitizenAsync(Guid citizenId, CancellationToken cancellationToken) =>
        await db.Applications.AsNoTracking().Where(a => a.CitizenId == citizenId)
            .OrderByDescending(a => a.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>One application for its owner or for HR of its body (administrators: any); otherwise NOT_FOUND.</summary>
    public async Task<Application> ForReaderAsync(Guid readerId, Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw new UserInputException(UserErrorCodes.NotFound);
        if (application.CitizenId == readerId)
        {
            return application;
        }

        // HR see an application once it is filed, never a citizen's unsigned draft.
        var scope = await HrScope.OfAsync(db, readerId, cancellationToken);
        return scope.Covers(application.StateBodyId) && application.SignedAt is not null
            ? application
            : throw new UserInputException(UserErrorCodes.NotFound);
    }

    public async Task<IReadOnlyList<ApplicationEvent>> TimelineAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == applicationId)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);

    /// <summary>The signed document when there is one, else the unsigned one; null before the document is made.</summary>
    public async Task<ApplicationPdf?> DocumentAsync(Application application, CancellationToken cancellationToken)
    {
        var pdfs = await db.ApplicationPdfs.AsNoTracking().Where(p => p.ApplicationId == application.Id).ToListAsync(cancellationToken);
        return pdfs.FirstOrDefault(p => p.Kind == ApplicationPdfKind.Signed)
            ?? (application.Status == ApplicationStatus.Draft ? null : pdfs.FirstOrDefault(p => p.Kind == ApplicationPdfKind.Unsigned));
    }

    /// <summary>Whether <paramref name="readerId"/> reviews for a body that <paramref name="ownerId"/> filed an application to.</summary>
    public async Task<bool> IsReviewerOfApplicantAsync(Guid readerId, Guid ownerId, CancellationToken cancellationToken)
    {
        var scope = await HrScope.OfAsync(db, readerId, cancellationToken);
        if (!scope.IsReviewer)
        {
            return false;
        }

        var bodies = scope.StateBodyIds;
        return await db.Applications.AnyAsync(
            a => a.CitizenId == ownerId && a.SignedAt != null && (bodies == null || bodies.Contains(a.StateBodyId)), cancellationToken);
    }
}
