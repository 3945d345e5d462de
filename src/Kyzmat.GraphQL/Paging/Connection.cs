namespace Kyzmat.GraphQL.Paging;

/// <summary>A Relay connection: a page of nodes with their cursors, and the total that matched.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    public static Connection<T> Of(IReadOnlyList<(T Node, string Cursor)> items, bool hasNextPage, bool hasPreviousPage, int totalCount)
    {
        var edges = items.Select(i => new Edge<T>(i.Cursor, i.Node)).ToList();
        return new Connection<T>(edges, new PageInfo(hasNextPage, hasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), totalCount);
    }
}

public sealed record Edge<T>(string Cursor, T Node);
