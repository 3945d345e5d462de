using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Vacancies;
using Kyzmat.Recruitment.Profiles;
using FavouriteVacancies = Kyzmat.Recruitment.Favourites.Favourites;

namespace Kyzmat.GraphQL.Profiles;

/// <summary>«Жеке кабинет»: everything of the signed-in citizen's own.</summary>
public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The signed-in citizen's personal cabinet («Жеке кабинет»).";
        this.Authorize();
        Field("id", v => v.CitizenId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(v => v.FullName, nullable: true).Description("«А.А.Ж.», from the identity upstream.");
        Field(v => v.DateOfBirth, nullable: true);
        Field<ProfileType>("profile").Description("Null until the citizen first saves personal or additional information.")
            .ResolveAsync(async c => (await Snapshot(c)).Profile);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationType>>>>("educations")
            .ResolveAsync(async c => (await Snapshot(c)).Educations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkExperienceType>>>>("workExperiences")
            .ResolveAsync(async c => (await Snapshot(c)).WorkExperiences);
        Field<NonNullGraphType<ExperienceSummaryType>>("experience")
            .ResolveAsync(async c => (await Snapshot(c)).Experience);
        Field<NonNullGraphType<CompletionType>>("completion")
            .ResolveAsync(async c => (await Snapshot(c)).Completion(c.Source.HasBasicInformation));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyType>>>>("favouriteVacancies")
            .Description("«Тандалган вакансиялар», most recently saved first.")
            .ResolveAsync(async c => await c.Service<FavouriteVacancies>().ListAsync(c.Source.CitizenId, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Applications.ApplicationType>>>>("applications")
            .Description("«Менин жоопторум»: the citizen's applications, newest first.")
            .ResolveAsync(async c => await c.Service<Kyzmat.Recruitment.Applications.ApplicationReader>().OfCitizenAsync(c.Source.CitizenId, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Reviews.ReserveEntryType>>>>("reserveEntries")
            .Description("«Кадрлар резерви»: the citizen's places in personnel reserves.")
            .ResolveAsync(async c => await c.Service<Kyzmat.Recruitment.Reserve.PersonnelReserve>().OfCitizenAsync(c.Source.CitizenId, c.CancellationToken));
        SignInHistoryFields.AddTo(this);
        Notifications.NotificationFields.AddTo(this);
        Notifications.TelegramFields.AddTo(this);
        Notifications.VacancyAlertFields.AddTo(this);
    }

    private static Task<ProfileSnapshot> Snapshot(IResolveFieldContext<Viewer> context) =>
        context.Service<ProfileReader>().ReadAsync(context.Source.CitizenId, context.CancellationToken);
}
