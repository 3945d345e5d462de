using System.Xml.Linq;

namespace Kyzmat.Workflows.Parsing;

/// <summary>The XML namespaces of BPMN 2.0, its diagram interchange, and Zeebe's extensions.</summary>
public static class BpmnNamespaces
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    public static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    /// <summary>
    /// Other engines' extensions, which carry semantics (listeners, forms, async, connectors) the engine would silently
    /// drop: Camunda 7, Activiti, Flowable. Other tools' extensions are metadata (colours, owners, layout) and are ignored.
    /// </summary>
    public static bool IsOtherEngines(XNamespace ns) =>
        ns.NamespaceName is "http://camunda.org/schema/1.0/bpmn" or "http://activiti.org/bpmn" or "http://flowable.org/bpmn";
}
