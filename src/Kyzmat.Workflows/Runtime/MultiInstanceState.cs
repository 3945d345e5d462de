using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Runtime;

/// <summary>What a multi-instance body keeps between commands: its items and how many inner instances are where.</summary>
internal sealed class MultiInstanceState
{
    public JsonArray Items { get; set; } = [];

    /// <summary>How many inner instances were created (the next one's index, for a sequential body).</summary>
    public int Created { get; set; }

    public int Active { get; set; }

    public int Completed { get; set; }

    public int Terminated { get; set; }
}
