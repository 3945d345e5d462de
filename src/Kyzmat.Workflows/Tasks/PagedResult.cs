namespace Kyzmat.Workflows.Tasks;

/// <summary>One page of results and the total count.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
