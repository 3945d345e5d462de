using GraphQL.Types;
using Kyzmat.Recruitment.Profiles;

namespace Kyzmat.GraphQL.Profiles;

/// <summary>«Жумуш тажырыйбасы».</summary>
public sealed class WorkExperienceType : ObjectGraphType<WorkExperience>
{
    public WorkExperienceType()
    {
        Name = "WorkExperience";
        Field(w => w.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(w => w.Organisation).Description("«Уюм»");
        Field(w => w.Department, nullable: true).Description("«Бөлүм»");
        Field(w => w.Position).Description("«Кызмат орду»");
        Field(w => w.PostType, type: typeof(NonNullGraphType<EnumerationGraphType<PostType>>)).Description("«Кызматтын түрү»");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("areas").Description("«Ишмердүүлүк чөйрөлөрү»").Resolve(c => c.Source.Areas);
        Field(w => w.StartDate);
        Field(w => w.EndDate, nullable: true).Description("None while the citizen still works there.");
        Field(w => w.DocumentId, type: typeof(IdGraphType));
    }
}
