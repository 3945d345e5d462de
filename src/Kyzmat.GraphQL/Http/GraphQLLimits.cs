namespace Kyzmat.GraphQL.Http;

/// <summary>Configuration section <c>Kyzmat:GraphQL</c>: what one request may ask of the server.</summary>
public sealed class GraphQLLimits
{
    public const string Section = "Kyzmat:GraphQL";

    public int MaxRequestBytes { get; set; } = 256 * 1024;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxDepth { get; set; } = 12;

    public int MaxComplexity { get; set; } = 25000;
}
