namespace Kyzmat.Applications.Bench;

/// <summary>An answer of /graphql that carried errors; <see cref="Code"/> is the first error's extensions.code.</summary>
internal sealed class GraphQLErrorException(string? code, string body) : Exception($"GraphQL error {code}: {body}")
{
    public string? Code { get; } = code;
}
