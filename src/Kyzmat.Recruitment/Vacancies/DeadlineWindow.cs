namespace Kyzmat.Recruitment.Vacancies;

/// <summary>How soon applications close, counted from now; the windows do not overlap.</summary>
public enum DeadlineWindow
{
    /// <summary>Closed already, or closing within 3 days.</summary>
    Within3Days = 1,

    /// <summary>In 3 to 7 days.</summary>
    Within7Days = 2,

    /// <summary>In 7 to 30 days.</summary>
    Within30Days = 3,

    /// <summary>In more than 30 days.</summary>
    Later = 4,
}
