namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>A piece of a snippet; <paramref name="Matched"/> when it is a word the search matched (shown highlighted).</summary>
public sealed record TextFragment(string Text, bool Matched);
