using GraphQL.Types;
using Kyzmat.Recruitment.Profiles;

namespace Kyzmat.GraphQL.Profiles;

/// <summary>«Билим».</summary>
public sealed class EducationType : ObjectGraphType<Education>
{
    public EducationType()
    {
        Name = "Education";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.Institution).Description("«ЖОЖдун аталышы»");
        Field(e => e.Speciality).Description("«Адистик»");
        Field(e => e.Qualification).Description("«Квалификация»");
        Field(e => e.StartDate).Description("«Башталган күнү»");
        Field(e => e.EndDate, nullable: true).Description("«Бүткөн күнү»");
        Field(e => e.Form, type: typeof(NonNullGraphType<EnumerationGraphType<StudyForm>>)).Description("«Билим берүү түрү»");
        Field(e => e.Field).Description("«Багыты»");
        Field(e => e.DocumentId, type: typeof(IdGraphType)).Description("The uploaded document («Документти жүктөө»).");
    }
}
