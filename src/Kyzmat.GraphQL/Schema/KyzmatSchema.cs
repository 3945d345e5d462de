namespace Kyzmat.GraphQL.Schema;

public sealed class KyzmatSchema : global::GraphQL.Types.Schema
{
    public KyzmatSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "Kyzmat — the civil-service vacancies portal of the Kyrgyz Republic.";
        Query = query;
        Mutation = mutation;
    }
}
