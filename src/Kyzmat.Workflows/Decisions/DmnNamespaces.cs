using System.Xml.Linq;

namespace Kyzmat.Workflows.Decisions;

/// <summary>The DMN model namespaces the engine reads (DMN 1.1 to 1.5, as Camunda 8 accepts them).</summary>
public static class DmnNamespaces
{
    public static readonly XNamespace Dmn11 = "http://www.omg.org/spec/DMN/20151101/dmn.xsd";
    public static readonly XNamespace Dmn12 = "http://www.omg.org/spec/DMN/20180521/MODEL/";
    public static readonly XNamespace Dmn13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    public static readonly XNamespace Dmn14 = "https://www.omg.org/spec/DMN/20211108/MODEL/";
    public static readonly XNamespace Dmn15 = "https://www.omg.org/spec/DMN/20230324/MODEL/";

    /// <summary>Camunda's extension namespace for DMN (zeebe:versionTag on a decision is read from it too).</summary>
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/dmn";

    private static readonly HashSet<XNamespace> Model = [Dmn11, Dmn12, Dmn13, Dmn14, Dmn15];

    public static bool IsModel(XNamespace ns) => Model.Contains(ns);

    /// <summary>Whether the text's root element is a DMN 'definitions', read from its start without loading the document.</summary>
    public static bool LooksLikeDmn(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var head = xml.Length > 4096 ? xml[..4096] : xml;
        var root = head.IndexOf("definitions", StringComparison.Ordinal);
        return root >= 0 && Model.Any(ns => head.Contains(ns.NamespaceName, StringComparison.Ordinal))
            && !head.Contains("http://www.omg.org/spec/BPMN/20100524/MODEL", StringComparison.Ordinal);
    }
}
