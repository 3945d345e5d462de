using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Kyzmat.GraphQL.Applications;
using Kyzmat.GraphQL.Documents;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Errors;
using Kyzmat.GraphQL.Http;
using Kyzmat.GraphQL.Loading;
using Kyzmat.GraphQL.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using GraphQLParser.AST;

namespace Kyzmat.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddKyzmatGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GraphQLLimits.Section);
        services.AddOptions<GraphQLLimits>().Bind(section);
        var limits = section.Get<GraphQLLimits>() ?? new GraphQLLimits();

        services.AddHttpContextAccessor();
        services.AddScoped<KyzmatLoaders>();
        services.AddSingleton<GraphQLEndpoint>();
        services.AddOptions<PublicSearchCacheOptions>().Bind(configuration.GetSection(PublicSearchCacheOptions.Section));
        services.AddSingleton<PublicSearchCache>();
        services.AddVerificationRateLimit();
        services.AddDocumentUploadRateLimit();
        services.AddGraphQL(graphql => graphql
            .AddSchema<KyzmatSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(KyzmatSchema).Assembly)
            .AddErrorInfoProvider<KyzmatErrorInfoProvider>()
            .AddValidationRule<AuthorizationRule>()
            .AddUnhandledExceptionHandler(UnhandledErrors.HandleAsync)
            .ConfigureExecution<ValidatedDocumentCache>()
            // One DbContext per request: fields resolve one after another (batch loaders still batch).
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer(complexity =>
            {
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
            }));
        return services;
    }

    public static IEndpointConventionBuilder MapKyzmatGraphQL(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map("/graphql", (HttpContext http, GraphQLEndpoint endpoint) => endpoint.HandleAsync(http))
            .DisableAntiforgery()
            .WithDisplayName("GraphQL");
}
