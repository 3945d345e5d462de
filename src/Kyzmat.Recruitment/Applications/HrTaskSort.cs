namespace Kyzmat.Recruitment.Applications;

/// <summary>The task list's orders; ties go by creation, then id, so that keyset paging is exact.</summary>
public enum HrTaskSort
{
    /// <summary>Oldest first.</summary>
    Created,

    /// <summary>Soonest due first; tasks without a due date last.</summary>
    Due,

    /// <summary>Highest priority (0–100) first.</summary>
    Priority,
}
