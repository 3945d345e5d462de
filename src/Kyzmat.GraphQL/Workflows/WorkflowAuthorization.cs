using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Kyzmat.Recruitment.Citizens;

namespace Kyzmat.GraphQL.Workflows;

/// <summary>The administrators' workflow API is for the <c>admin</c> role only: its fields and its types say so.</summary>
internal static class WorkflowAuthorization
{
    public static FieldBuilder<TSource, TReturn> AdminOnly<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.AuthorizeWithRoles(KyzmatRoles.Admin);

    /// <summary>Marks a type too, so that it stays admin-only if another field ever returns it.</summary>
    public static void AdminOnly(this IGraphType type) => type.AuthorizeWithRoles(KyzmatRoles.Admin);
}
