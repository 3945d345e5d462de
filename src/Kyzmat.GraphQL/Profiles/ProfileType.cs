using GraphQL.Types;
using Kyzmat.Recruitment.Profiles;

namespace Kyzmat.GraphQL.Profiles;

/// <summary>«Жеке маалымат» and «Кошумча маалымат».</summary>
public sealed class ProfileType : ObjectGraphType<CitizenProfile>
{
    public ProfileType()
    {
        Name = "Profile";
        Field(p => p.Sex, type: typeof(EnumerationGraphType<Sex>));
        Field(p => p.Citizenship, nullable: true).Description("ISO 3166 alpha-2 (KG).");
        Field(p => p.Phone, nullable: true);
        Field(p => p.RegionCode, nullable: true);
        Field(p => p.District, nullable: true);
        Field(p => p.Address, nullable: true);
        Field(p => p.MaritalStatus, type: typeof(EnumerationGraphType<MaritalStatus>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LanguageSkillType>>>>("languages").Resolve(c => c.Source.Languages);
        Field(p => p.ComputerSkills, nullable: true);
        Field(p => p.Awards, nullable: true);
        Field(p => p.ScientificDegree, nullable: true);
        Field(p => p.About, nullable: true);
        Field(p => p.UpdatedAt);
    }
}

public sealed class LanguageSkillType : ObjectGraphType<LanguageSkill>
{
    public LanguageSkillType()
    {
        Name = "LanguageSkill";
        Field(l => l.Language).Description("ISO 639-1 code; ky is the state language.");
        Field(l => l.Level, type: typeof(NonNullGraphType<LanguageLevelType>));
    }
}
