using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Authorization;

/// <summary>
/// Enforces the <c>Authorize</c> metadata of the schema (GraphQL.NET's <c>Authorize()</c>,
/// <c>AuthorizeWithRoles()</c>, <c>AuthorizeWithPolicy()</c>) on every field and type an operation
/// selects — before anything executes. Refusals carry NOT_AUTHENTICATED or FORBIDDEN.
/// </summary>
public sealed class AuthorizationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>(async (field, validation) =>
        {
            var definition = validation.TypeInfo.GetFieldDef();
            var parent = validation.TypeInfo.GetParentType()?.GetNamedType();
            if (definition is null)
            {
                return;
            }

            // Default deny: a root field that does not say who may use it is refused to everyone (FieldAccess). The
            // introspection fields (__typename, __schema, __type) are the GraphQL server's own, not ours to declare.
            if (parent is IObjectGraphType root && IsRoot(root, validation) && !definition.Name.StartsWith("__", StringComparison.Ordinal)
                && !definition.DeclaresAccess())
            {
                Report(validation, field, UserErrorCodes.Forbidden, (validation.UserContext as KyzmatUserContext)?.Language ?? "ky");
                return;
            }

            // The field's parent type, the field, then the type it returns: the first refusal is reported, once.
            _ = await CheckAsync(parent, field, validation)
                && await CheckAsync(definition, field, validation)
                && await CheckAsync(definition.ResolvedType?.GetNamedType(), field, validation);
        }));

    private static bool IsRoot(IObjectGraphType type, ValidationContext validation) =>
        type == validation.Schema.Query || type == validation.Schema.Mutation || type == validation.Schema.Subscription;

    /// <summary>True when <paramref name="secured"/> lets the request through; otherwise reports why and returns false.</summary>
    private static async ValueTask<bool> CheckAsync(IMetadataReader? secured, ASTNode node, ValidationContext validation)
    {
        if (secured is null || !secured.IsAuthorizationRequired())
        {
            return true;
        }

        var user = validation.User;
        var language = (validation.UserContext as KyzmatUserContext)?.Language ?? "ky";
        if (user?.Identity?.IsAuthenticated != true)
        {
            Report(validation, node, UserErrorCodes.NotAuthenticated, language);
            return false;
        }

        var roles = secured.GetRoles();
        if (roles is { Count: > 0 } && !roles.Any(user.IsInRole))
        {
            Report(validation, node, UserErrorCodes.Forbidden, language);
            return false;
        }

        var policies = secured.GetPolicies();
        if (policies is { Count: > 0 })
        {
            var authorization = validation.RequestServices!.GetRequiredService<IAuthorizationService>();
            foreach (var policy in policies)
            {
                if (!(await authorization.AuthorizeAsync(user, policy)).Succeeded)
                {
                    Report(validation, node, UserErrorCodes.Forbidden, language);
                    return false;
                }
            }
        }

        return true;
    }

    private static void Report(ValidationContext validation, ASTNode node, string code, string language)
    {
        // The first refusal says it all: the fields below a refused one would only repeat it.
        if (validation.Errors.Any(e => e.Code == code))
        {
            return;
        }

        validation.ReportError(new ValidationError(validation.Document.Source, code, UserErrorMessages.Format(code, language), node) { Code = code });
    }
}
