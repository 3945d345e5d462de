using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Kyzmat.GraphQL.Http;

internal static class OperationKind
{
    /// <summary>
    /// Whether the operation a GET request would run changes anything (a mutation or subscription);
    /// a document that does not parse is left for the executor to report.
    /// </summary>
    public static bool IsNotQuery(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return selected is not null && selected.Operation != OperationType.Query;
    }
}
