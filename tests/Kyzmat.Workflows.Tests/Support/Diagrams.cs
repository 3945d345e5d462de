namespace Kyzmat.Workflows.Tests.Support;

/// <summary>Reads the test diagrams copied beside the test assembly.</summary>
public static class Diagrams
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Diagrams", name + ".bpmn");

    public static string Load(string name) => File.ReadAllText(Path(name));
}
