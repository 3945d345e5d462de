using GraphQL.Types;
using Kyzmat.Recruitment.Profiles;

namespace Kyzmat.GraphQL.Profiles;

/// <summary>CEFR levels named as people write them (A1 … C2), not A_1.</summary>
public sealed class LanguageLevelType : EnumerationGraphType
{
    public LanguageLevelType()
    {
        Name = "LanguageLevel";
        Description = "CEFR levels as «Кыргызтест» certifies the state language, and NATIVE.";
        foreach (var level in Enum.GetValues<LanguageLevel>())
        {
            Add(level.ToString().ToUpperInvariant(), level);
        }
    }
}
