namespace Kyzmat.Workflows.Tests.Support;

/// <summary>A row of "domain data" that service-task handlers write.</summary>
public sealed class DomainNote
{
    public Guid Id { get; set; }

    public string Text { get; set; } = "";
}
