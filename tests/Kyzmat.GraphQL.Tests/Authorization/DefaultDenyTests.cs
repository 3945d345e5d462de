using System.Security.Claims;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using Kyzmat.GraphQL.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Authorization;

/// <summary>Every root field says who may use it; one that does not is refused to everyone.</summary>
public sealed class DefaultDenyTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public void EveryRootField_DeclaresItsAccess()
    {
        var schema = fixture.Host.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var undeclared = new[] { schema.Query, schema.Mutation, schema.Subscription }.OfType<IObjectGraphType>()
            .SelectMany(root => root.Fields.Where(f => !f.DeclaresAccess() && !f.Name.StartsWith("__", StringComparison.Ordinal)).Select(f => $"{root.Name}.{f.Name}"))
            .ToList();

        Assert.True(undeclared.Count == 0, "Root fields that do not say who may use them (FieldAccess): " + string.Join(", ", undeclared));
        Assert.Contains(schema.Query.Fields, f => f.IsPublic());
    }

    [Fact]
    public async Task ARootFieldThatSaysNothing_IsRefusedToEveryone_EvenASignedInAdministrator()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("open").Public().Resolve(_ => "open");
        query.Field<StringGraphType>("forgotten").Resolve(_ => "secret");
        var schema = new global::GraphQL.Types.Schema { Query = query };
        var administrator = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "admin")], "test"));

        async Task<string> RunAsync(string text) => new GraphQLSerializer().Serialize(await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = text;
            o.User = administrator;
            o.RequestServices = fixture.Host.Services;
            o.ValidationRules = DocumentValidator.CoreRules.Append(new AuthorizationRule());
        }));

        Assert.Contains("\"open\":\"open\"", await RunAsync("{ open }"), StringComparison.Ordinal);
        Assert.Contains("\"__typename\":\"Query\"", await RunAsync("{ __typename }"), StringComparison.Ordinal);
        var refused = await RunAsync("{ forgotten }");
        Assert.Contains("FORBIDDEN", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", refused, StringComparison.Ordinal);
    }
}
