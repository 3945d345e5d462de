using GraphQL.Types;
using Kyzmat.Recruitment.Common;

namespace Kyzmat.GraphQL.Common;

public sealed class LocalizedTextInputType : InputObjectGraphType<LocalizedText>
{
    public LocalizedTextInputType()
    {
        Name = "LocalizedTextInput";
        Description = "A text in Kyrgyz and Russian (both required), and English if there is one.";
        Field<NonNullGraphType<StringGraphType>>("ky");
        Field<NonNullGraphType<StringGraphType>>("ru");
        Field<StringGraphType>("en");
    }
}
