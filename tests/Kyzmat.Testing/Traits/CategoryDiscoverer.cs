using Xunit.Abstractions;
using Xunit.Sdk;

namespace Kyzmat.Testing.Traits;

/// <summary>Gives xunit the trait of a <see cref="CategoryAttribute"/>.</summary>
public sealed class CategoryDiscoverer : ITraitDiscoverer
{
    public const string TypeName = "Kyzmat.Testing.Traits.CategoryDiscoverer";

    public const string AssemblyName = "Kyzmat.Testing";

    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) =>
        traitAttribute is IReflectionAttributeInfo { Attribute: CategoryAttribute category } ? [new("Category", category.Name)] : [];
}
