using GraphQL;
using Kyzmat.GraphQL.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Common;

internal static class ResolveContextExtensions
{
    public static KyzmatLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<KyzmatLoaders>();

    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    public static string Language(this IResolveFieldContext context) =>
        (context.UserContext as KyzmatUserContext)?.Language ?? "ky";
}
