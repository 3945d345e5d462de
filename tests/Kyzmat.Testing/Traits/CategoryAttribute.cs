using Xunit.Sdk;

namespace Kyzmat.Testing.Traits;

/// <summary>
/// A trait <c>Category</c> with the subclass's <see cref="Name"/>, so that a local run can leave slow tests out (e.g.
/// <c>dotnet test --filter "Category!=Browser&amp;Category!=PostgreSql"</c>); CI runs everything. On a class, it marks
/// every test of the class; on a theory, every row of it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public abstract class CategoryAttribute(string name) : Attribute, ITraitAttribute
{
    public string Name { get; } = name;
}
