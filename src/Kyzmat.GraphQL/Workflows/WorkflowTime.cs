namespace Kyzmat.GraphQL.Workflows;

/// <summary>The engine stores UTC; databases may hand it back without a kind.</summary>
internal static class WorkflowTime
{
    public static DateTimeOffset Of(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static DateTimeOffset? Of(DateTime? utc) => utc is { } value ? Of(value) : null;
}
