namespace Kyzmat.Recruitment.Profiles;

/// <summary>A language the citizen knows, with its level («ky» is the state language).</summary>
public sealed record LanguageSkill(string Language, LanguageLevel Level);
