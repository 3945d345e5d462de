using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>How many vacancies of the search have this value (a body's id, a region's code, an enum's name); its label where it has one.</summary>
public sealed record FacetCount(string Value, int Count, LocalizedText? Label = null);
