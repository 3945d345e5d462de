namespace Kyzmat.Recruitment.Vacancies;

/// <summary>The salary ranges the search counts and filters by (by the top of the vacancy's salary, in soms).</summary>
public enum SalaryBand
{
    /// <summary>Below 20,000.</summary>
    Below20000 = 1,

    /// <summary>20,000 to 39,999.</summary>
    From20000To40000 = 2,

    /// <summary>40,000 to 59,999.</summary>
    From40000To60000 = 3,

    /// <summary>60,000 and more.</summary>
    From60000 = 4,
}
