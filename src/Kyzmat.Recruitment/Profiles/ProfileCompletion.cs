namespace Kyzmat.Recruitment.Profiles;

/// <summary>
/// «толтуруу пайызы»: how complete a profile is, and what is missing. The weights (out of 100):
/// basic information 10 (from the identity upstream); personal information 30 (sex, citizenship,
/// phone, region, address, marital status — 5 each); additional information 10 (the state-language
/// level); education 25 and work experience 25 (each: at least one complete record with its
/// document). A citizen may apply only with a complete (100 %) profile, as the manual requires.
/// </summary>
public sealed record ProfileCompletion(int Percent, IReadOnlyList<string> Missing)
{
    public bool IsComplete => Percent == 100;

    public static ProfileCompletion Of(
        bool hasBasicInformation, CitizenProfile? profile, IReadOnlyCollection<Education> educations, IReadOnlyCollection<WorkExperience> experiences)
    {
        var missing = new List<string>();
        var percent = 0;

        void Require(bool present, int weight, string item)
        {
            if (present)
            {
                percent += weight;
            }
            else
            {
                missing.Add(item);
            }
        }

        Require(hasBasicInformation, 10, MissingItems.BasicInformation);
        Require(profile?.Sex is not null, 5, MissingItems.Sex);
        Require(!string.IsNullOrWhiteSpace(profile?.Citizenship), 5, MissingItems.Citizenship);
        Require(!string.IsNullOrWhiteSpace(profile?.Phone), 5, MissingItems.Phone);
        Require(!string.IsNullOrWhiteSpace(profile?.RegionCode), 5, MissingItems.Region);
        Require(!string.IsNullOrWhiteSpace(profile?.Address), 5, MissingItems.Address);
        Require(profile?.MaritalStatus is not null, 5, MissingItems.MaritalStatus);
        Require(profile?.Languages.Any(l => l.Language == "ky") == true, 10, MissingItems.StateLanguage);
        Require(educations.Count > 0, 15, MissingItems.Education);
        Require(educations.Any(e => e.DocumentId is not null), 10, MissingItems.EducationDocument);
        Require(experiences.Count > 0, 15, MissingItems.WorkExperience);
        Require(experiences.Any(w => w.DocumentId is not null), 10, MissingItems.WorkExperienceDocument);
        return new ProfileCompletion(percent, missing);
    }
}
