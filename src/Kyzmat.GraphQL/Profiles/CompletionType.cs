using GraphQL.Types;
using Kyzmat.Recruitment.Profiles;

namespace Kyzmat.GraphQL.Profiles;

public sealed class CompletionType : ObjectGraphType<ProfileCompletion>
{
    public CompletionType()
    {
        Name = "ProfileCompletion";
        Description = "«толтуруу пайызы»: how complete the profile is and what is missing (applying needs 100).";
        Field(c => c.Percent);
        Field(c => c.IsComplete);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("missing")
            .Description("BASIC_INFORMATION, SEX, CITIZENSHIP, PHONE, REGION, ADDRESS, MARITAL_STATUS, STATE_LANGUAGE, EDUCATION, EDUCATION_DOCUMENT, WORK_EXPERIENCE, WORK_EXPERIENCE_DOCUMENT")
            .Resolve(c => c.Source.Missing);
    }
}

public sealed class ExperienceSummaryType : ObjectGraphType<ExperienceSummary>
{
    public ExperienceSummaryType()
    {
        Name = "ExperienceSummary";
        Field(e => e.TotalYears).Description("Years of work, overlapping periods counted once.");
        Field(e => e.CivilServiceYears).Description("Years in the state civil service.");
    }
}
