using GraphQL.Types;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies.Search;

public sealed class SalaryBandType : EnumerationGraphType<SalaryBand>
{
    public SalaryBandType()
    {
        Name = "SalaryBand";
        Description = "Ranges of the top of a vacancy's salary, in soms: below 20,000; 20,000–39,999; 40,000–59,999; 60,000 and more.";
    }

    protected override string ChangeEnumCase(string val) => SearchEnumNames.Of(val);
}
