using GraphQL.Types;
using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.GraphQL.Vacancies.Search;

public sealed class TextFragmentType : ObjectGraphType<TextFragment>
{
    public TextFragmentType()
    {
        Name = "TextFragment";
        Description = "A piece of a snippet; matched pieces are the words the search found (to highlight).";
        Field(f => f.Text);
        Field(f => f.Matched);
    }
}
