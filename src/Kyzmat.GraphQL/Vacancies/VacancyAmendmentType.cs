using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies;

public sealed class VacancyAmendmentType : ObjectGraphType<VacancyAmendment>
{
    public VacancyAmendmentType()
    {
        Name = "VacancyAmendment";
        Description = "A change of the requirements published after someone applied; the original requirements stay as they were read.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.At).Description("When the change was published.");
        Field<NonNullGraphType<LocalizedTextType>>("text").Description("The requirements as they now read.").Resolve(c => c.Source.Text);
    }
}
