namespace Kyzmat.Workflows.Definitions;

/// <summary>The events listeners run at: an element's start and end, and a user task's transitions (Camunda 8.8 names).</summary>
public static class ListenerEvents
{
    public const string Start = "start";
    public const string End = "end";
    public const string Creating = "creating";
    public const string Assigning = "assigning";
    public const string Updating = "updating";
    public const string Completing = "completing";
    public const string Canceling = "canceling";

    public static bool IsTaskEvent(string eventType) => eventType is Creating or Assigning or Updating or Completing or Canceling;
}
