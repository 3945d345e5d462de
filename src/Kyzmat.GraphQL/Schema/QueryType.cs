using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.StateBodies;
using Kyzmat.GraphQL.Vacancies;

namespace Kyzmat.GraphQL.Schema;

/// <summary>The root query: each aggregate adds its fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        StateBodyQueries.AddTo(this);
        VacancyQueries.AddTo(this);
        Applications.ApplicationQueries.AddTo(this);
        Reviews.ReviewQueries.AddTo(this);
        Workflows.WorkflowQueries.AddTo(this);
        Forms.FormQueries.AddTo(this);
        Notifications.NotificationFields.AddAdminQueries(this);
        Roles.RoleFields.AddQueries(this);
        Field<NonNullGraphType<Profiles.ViewerType>>("me")
            .Description("The signed-in citizen's cabinet («Жеке кабинет»).")
            .Authorize()
            .Resolve(context => Profiles.Viewer.Of(context.User!));
    }
}
