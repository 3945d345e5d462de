namespace Kyzmat.Recruitment.Persistence;

public enum DatabaseProvider
{
    Sqlite = 1,
    PostgreSql = 2,
    SqlServer = 3,
}
