using Xunit.Sdk;

namespace Kyzmat.Testing.Traits;

/// <summary>The test drives the real browser (Chromium): trait <c>Category=Browser</c>.</summary>
[TraitDiscoverer(CategoryDiscoverer.TypeName, CategoryDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class BrowserTestAttribute() : CategoryAttribute(Category)
{
    public const string Category = "Browser";
}
