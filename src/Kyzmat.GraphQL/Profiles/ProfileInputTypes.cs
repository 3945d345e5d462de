using GraphQL.Types;
using Kyzmat.Recruitment.Profiles;

namespace Kyzmat.GraphQL.Profiles;

public sealed class UpdatePersonalInformationInput : InputObjectGraphType<PersonalInformationInput>
{
    public UpdatePersonalInformationInput()
    {
        Name = nameof(UpdatePersonalInformationInput);
        Field<EnumerationGraphType<Sex>>("sex");
        Field<StringGraphType>("citizenship");
        Field<StringGraphType>("phone");
        Field<StringGraphType>("regionCode");
        Field<StringGraphType>("district");
        Field<StringGraphType>("address");
        Field<EnumerationGraphType<MaritalStatus>>("maritalStatus");
    }
}

public sealed class LanguageSkillInput : InputObjectGraphType<LanguageSkill>
{
    public LanguageSkillInput()
    {
        Name = nameof(LanguageSkillInput);
        Field<NonNullGraphType<StringGraphType>>("language");
        Field<NonNullGraphType<LanguageLevelType>>("level");
    }
}

public sealed class UpdateAdditionalInformationInput : InputObjectGraphType<AdditionalInformationInput>
{
    public UpdateAdditionalInformationInput()
    {
        Name = nameof(UpdateAdditionalInformationInput);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LanguageSkillInput>>>>("languages");
        Field<StringGraphType>("computerSkills");
        Field<StringGraphType>("awards");
        Field<StringGraphType>("scientificDegree");
        Field<StringGraphType>("about");
    }
}

public sealed class SaveEducationInput : InputObjectGraphType<EducationInput>
{
    public SaveEducationInput()
    {
        Name = nameof(SaveEducationInput);
        Field<NonNullGraphType<StringGraphType>>("institution");
        Field<NonNullGraphType<StringGraphType>>("speciality");
        Field<NonNullGraphType<StringGraphType>>("qualification");
        Field<NonNullGraphType<DateOnlyGraphType>>("startDate");
        Field<DateOnlyGraphType>("endDate");
        Field<NonNullGraphType<EnumerationGraphType<StudyForm>>>("form");
        Field<NonNullGraphType<StringGraphType>>("field");
        Field<IdGraphType>("documentId");
    }
}

public sealed class SaveWorkExperienceInput : InputObjectGraphType<WorkExperienceInput>
{
    public SaveWorkExperienceInput()
    {
        Name = nameof(SaveWorkExperienceInput);
        Field<NonNullGraphType<StringGraphType>>("organisation");
        Field<StringGraphType>("department");
        Field<NonNullGraphType<StringGraphType>>("position");
        Field<NonNullGraphType<EnumerationGraphType<PostType>>>("postType");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("areas");
        Field<NonNullGraphType<DateOnlyGraphType>>("startDate");
        Field<DateOnlyGraphType>("endDate");
        Field<IdGraphType>("documentId");
    }
}
