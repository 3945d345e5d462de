using GraphQL.Types;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies.Search;

public sealed class DeadlineWindowType : EnumerationGraphType<DeadlineWindow>
{
    public DeadlineWindowType()
    {
        Name = "DeadlineWindow";
        Description = "How soon applications close, from now: within 3 days; in 3–7 days; in 7–30 days; later.";
    }

    protected override string ChangeEnumCase(string val) => SearchEnumNames.Of(val);
}
