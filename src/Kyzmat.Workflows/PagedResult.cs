namespace Kyzmat.Workflows;

/// <summary>One page of results and the total count.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
