using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.StateBodies;
using Kyzmat.GraphQL.Workflows;
using Kyzmat.Recruitment.Citizens;

namespace Kyzmat.GraphQL.Roles;

/// <summary>Administrators: who is an HR reviewer of which state body, and who is an administrator.</summary>
internal static class RoleFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGrantType>>>>("roleGrants")
            .Description("Administrators: every role granted, or those of one state body.")
            .AdminOnly()
            .Argument<IdGraphType>("stateBodyId")
            .ResolveAsync(async c => await c.Service<RoleAdministration>().ListAsync(c.CitizenId(), c.GetArgument<Guid?>("stateBodyId"), c.CancellationToken));

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RoleGrantType>>("grantRole")
            .Description("Administrators: makes a person who has signed in once an HR reviewer of a state body (HR) or an administrator (ADMIN, no body). It applies from their next token.")
            .AdminOnly()
            .Argument<NonNullGraphType<StringGraphType>>("pin")
            .Argument<NonNullGraphType<GrantableRoleType>>("role")
            .Argument<IdGraphType>("stateBodyId")
            .ResolveAsync(async c => await c.Service<RoleAdministration>().GrantAsync(
                c.CitizenId(), c.GetArgument<string>("pin"), c.GetArgument<string>("role"), c.GetArgument<Guid?>("stateBodyId"), c.CancellationToken));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("revokeRole")
            .Description("Administrators: takes a role back; false when there was no such grant. Refused (LAST_ADMINISTRATOR) for your own or the last administrator role.")
            .AdminOnly()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<RoleAdministration>().RevokeAsync(c.GetArgument<Guid>("id"), c.CitizenId(), c.CancellationToken));
    }
}

public sealed class GrantableRoleType : EnumerationGraphType
{
    public GrantableRoleType()
    {
        Name = "GrantableRole";
        Add("HR", KyzmatRoles.Hr, "HR reviewer of one state body.");
        Add("HR_LEAD", KyzmatRoles.HrLead, "Lead reviewer of one state body: reviews, and assigns the body's tasks to colleagues.");
        Add("ADMIN", KyzmatRoles.Admin, "Administrator of the portal.");
    }
}

public sealed class RoleGrantType : ObjectGraphType<RoleAdministration.Grant>
{
    public RoleGrantType()
    {
        Name = "RoleGrant";
        Field("id", g => g.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field("citizenId", g => g.CitizenId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(g => g.CitizenName);
        Field(g => g.Pin);
        Field<NonNullGraphType<GrantableRoleType>>("role").Resolve(c => c.Source.Role);
        Field<StateBodyType>("stateBody").Resolve(c => c.Source.StateBodyId is { } id ? c.Loaders().StateBodies.Load(id) : null);
        Field(g => g.GrantedAt);
    }
}
