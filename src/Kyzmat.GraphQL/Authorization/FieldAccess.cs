using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Kyzmat.GraphQL.Authorization;

/// <summary>
/// Default deny: every root field (query, mutation) says who may use it — <see cref="Public{TSource, TReturn}"/> for
/// anyone, or GraphQL.NET's <c>Authorize()</c> (any signed-in person; the resolver decides what they see) and
/// <c>AuthorizeWithRoles(...)</c> (HR, admin). A root field that says neither is refused to everyone
/// (<see cref="AuthorizationRule"/>), and a test that walks the schema names it.
/// </summary>
public static class FieldAccess
{
    private const string PublicKey = "kyzmat:public";

    /// <summary>Open to anyone, signed in or not: public reference data, the vacancy search, checking a signed PDF.</summary>
    public static FieldBuilder<TSource, TReturn> Public<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.WithMetadata(PublicKey, true);
        return field;
    }

    public static bool IsPublic(this IMetadataReader field) => field?.GetMetadata(PublicKey, false) == true;

    /// <summary>Whether the field said who may use it: public, or authorization required (with or without roles).</summary>
    public static bool DeclaresAccess(this IMetadataReader field) => field.IsPublic() || field.IsAuthorizationRequired();
}
