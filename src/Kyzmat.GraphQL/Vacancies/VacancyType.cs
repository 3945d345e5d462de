using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Profiles;
using Kyzmat.GraphQL.StateBodies;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies;

public sealed class VacancyType : ObjectGraphType<Vacancy>
{
    public VacancyType(TimeProvider clock)
    {
        Name = "Vacancy";
        Description = "A vacant civil-service post announced for competition.";
        Field(v => v.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(v => v.Code).Description("The announcement's public number, e.g. KZ-2026-0001.");
        Field<NonNullGraphType<LocalizedTextType>>("title").Resolve(context => context.Source.Title);
        Field<NonNullGraphType<LocalizedTextType>>("description").Resolve(context => context.Source.Description);
        Field<NonNullGraphType<LocalizedTextType>>("requirements").Resolve(context => context.Source.Requirements);
        Field<LocalizedTextType>("unit").Description("The structural unit (department).").Resolve(c => c.Source.Unit.IsEmpty ? null : c.Source.Unit);
        Field(v => v.RequiredEducation, type: typeof(EnumerationGraphType<EducationLevel>)).Description("The education required at least.");
        Field(v => v.MinExperienceYears, nullable: true).Description("Years of work experience required at least.");
        Field(v => v.StateLanguageLevel, type: typeof(LanguageLevelType)).Description("The state-language level required at least («Кыргызтест»).");
        Field<LocalizedTextType>("requiredDocuments").Description("The documents to bring.").Resolve(c => c.Source.RequiredDocuments.IsEmpty ? null : c.Source.RequiredDocuments);
        Field(v => v.Group, type: typeof(NonNullGraphType<PositionGroupType>));
        Field(v => v.Status, type: typeof(NonNullGraphType<EnumerationGraphType<VacancyStatus>>));
        Field(v => v.Employment, type: typeof(NonNullGraphType<EnumerationGraphType<EmploymentType>>));
        Field(v => v.SalaryMin).Description("Monthly salary from, in soms.");
        Field(v => v.SalaryMax).Description("Monthly salary up to, in soms.");
        Field(v => v.PublishedAt, nullable: true);
        Field(v => v.Deadline).Description("The last moment applications are accepted.");
        Field<NonNullGraphType<BooleanGraphType>>("isOpen")
            .Description("Published and before its deadline: one may apply.")
            .Resolve(context => context.Source.IsOpenAt(clock.GetUtcNow()));
        Field<NonNullGraphType<StateBodyType>>("stateBody")
            .Resolve(context => context.Loaders().StateBodies.Load(context.Source.StateBodyId));
        Field(v => v.CancellationReason, nullable: true).Description("Why the competition was called off (status CANCELLED).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyAmendmentType>>>>("amendments")
            .Description("Changes of the requirements published after someone applied, oldest first.")
            .Resolve(context => context.Loaders().AmendmentsOfVacancy.Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offices")
            .Description("The offices where one may apply («Кеңсе»).")
            .Resolve(context => context.Loaders().OfficesOfVacancy.Load(context.Source.Id));
    }
}
