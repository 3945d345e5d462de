namespace Kyzmat.Recruitment.Reserve;

public enum ReserveEntryStatus
{
    Active = 1,

    /// <summary>Its term ended; removed from the reserve by the daily job.</summary>
    Expired = 2,
}
