using GraphQL;
using GraphQLParser.AST;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies.Search;

/// <summary>
/// Which of a vacancy's columns a search request needs: a result card's (<see cref="VacancyColumns.Card"/>) unless it
/// asks, anywhere under the field, for one of the vacancy's other column-backed fields.
/// </summary>
internal static class VacancySelection
{
    /// <summary>The <c>Vacancy</c> fields a card projection leaves empty (see <see cref="VacancyColumns.Card"/>).</summary>
    private static readonly HashSet<string> BeyondCard = new(StringComparer.Ordinal)
    {
        "requirements", "unit", "requiredEducation", "minExperienceYears", "stateLanguageLevel", "requiredDocuments", "employment", "cancellationReason",
    };

    public static VacancyColumns Of(IResolveFieldContext context) =>
        context.FieldAst.SelectionSet is { } selections && OnlyCard(selections, context.Document, depth: 0) ? VacancyColumns.Card : VacancyColumns.All;

    private static bool OnlyCard(GraphQLSelectionSet set, GraphQLDocument document, int depth)
    {
        if (depth > 16)
        {
            return false;
        }

        foreach (var selection in set.Selections)
        {
            var inner = selection switch
            {
                GraphQLField field when BeyondCard.Contains(field.Name.StringValue) => null,
                GraphQLField field => field.SelectionSet ?? Empty,
                GraphQLInlineFragment fragment => fragment.SelectionSet,
                GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue)?.SelectionSet,
                _ => null,
            };
            if (inner is null || !OnlyCard(inner, document, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly GraphQLSelectionSet Empty = new([]);
}
