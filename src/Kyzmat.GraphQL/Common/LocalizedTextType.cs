using GraphQL.Types;
using Kyzmat.Recruitment.Common;

namespace Kyzmat.GraphQL.Common;

public sealed class LocalizedTextType : ObjectGraphType<LocalizedText>
{
    public LocalizedTextType()
    {
        Name = "LocalizedText";
        Description = "A text in Kyrgyz, Russian and English; `text` is the one in the request's language (Accept-Language).";
        Field(t => t.Ky).Description("Kyrgyz (always present).");
        Field(t => t.Ru).Description("Russian.");
        Field(t => t.En, nullable: true).Description("English, where there is one.");
        Field<NonNullGraphType<StringGraphType>>("text")
            .Description("The text in the request's language.")
            .Resolve(context => context.Source.In(context.Language()));
    }
}
