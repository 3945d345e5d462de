namespace Kyzmat.GraphQL.Http;

/// <summary>Configuration section <c>Kyzmat:GraphQL</c>: what one request may ask of the server.</summary>
public sealed class GraphQLLimits
{
    public const string Section = "Kyzmat:GraphQL";

    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// An administrator's requests may be larger: the designer deploys a diagram of up to the engine's 5 MB
    /// (BpmnParser.MaxSize) inside a JSON string, where quotes and line breaks are escaped.
    /// </summary>
    public int MaxAdministratorRequestBytes { get; set; } = 12 * 1024 * 1024;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxDepth { get; set; } = 12;

    public int MaxComplexity { get; set; } = 25000;
}
