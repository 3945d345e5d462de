using GraphQL.Types;
using Kyzmat.GraphQL.Favourites;
using Kyzmat.GraphQL.Profiles;

namespace Kyzmat.GraphQL.Schema;

/// <summary>The root mutation: each aggregate adds its fields.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        ProfileMutations.AddTo(this);
        FavouriteMutations.AddTo(this);
        Applications.ApplicationMutations.AddTo(this);
        Reviews.ReviewMutations.AddTo(this);
        Vacancies.VacancyMutations.AddTo(this);
        Notifications.NotificationFields.AddTo(this);
        Notifications.TelegramFields.AddTo(this);
        Notifications.VacancyAlertFields.AddTo(this);
        Workflows.WorkflowMutations.AddTo(this);
        Forms.FormMutations.AddTo(this);
        Workflows.WorkflowTestRunMutations.AddTo(this);
        Roles.RoleFields.AddMutations(this);
    }
}
