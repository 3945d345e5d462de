using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.GraphQL.Vacancies.Search;

public sealed class VacancySearchEdgeType : ObjectGraphType<VacancySearchEdge>
{
    public VacancySearchEdgeType()
    {
        Name = "VacancySearchEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<VacancyType>>("node").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextFragmentType>>>>("snippet")
            .Description("A passage of the duties (in the request's language) around the first matched word, the matched words marked; its beginning when there is no text.")
            .Resolve(c => VacancySnippet.Of(c.Source.Node.Description.In(c.Language()), c.Source.Text?.AllStems ?? []));
    }
}
