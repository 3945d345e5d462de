using Microsoft.EntityFrameworkCore.Migrations;

namespace Kyzmat.Recruitment.Migrations.Sqlite;

/// <summary>
/// What EF Core does not model, applied at the end of the squashed Initial migration (scripts/squash-migrations.sh
/// calls it again after every squash; decision 0001).
/// </summary>
internal static class HandWrittenSteps
{
    public static void AfterInitial(MigrationBuilder migrationBuilder)
    {
        // The vacancy search's FTS5 index over the stemmed search columns, kept by triggers (decision 0014). It keeps
        // its own copy keyed by the vacancy's id rather than pointing at the vacancies' rowid: that rowid is not an
        // INTEGER PRIMARY KEY, and VACUUM may renumber it.
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE vacancy_fts USING fts5("VacancyId" UNINDEXED, "Title", "Text", tokenize = 'unicode61 remove_diacritics 0');
            """);
        migrationBuilder.Sql("""CREATE VIRTUAL TABLE vacancy_fts_terms USING fts5vocab(vacancy_fts, 'row');""");
        migrationBuilder.Sql("""
            CREATE TRIGGER vacancies_search_insert AFTER INSERT ON vacancies BEGIN
                INSERT INTO vacancy_fts ("VacancyId", "Title", "Text") VALUES (NEW."Id", NEW."SearchTitle", NEW."SearchText");
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER vacancies_search_update AFTER UPDATE OF "SearchTitle", "SearchText" ON vacancies BEGIN
                DELETE FROM vacancy_fts WHERE "VacancyId" = OLD."Id";
                INSERT INTO vacancy_fts ("VacancyId", "Title", "Text") VALUES (NEW."Id", NEW."SearchTitle", NEW."SearchText");
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER vacancies_search_delete AFTER DELETE ON vacancies BEGIN
                DELETE FROM vacancy_fts WHERE "VacancyId" = OLD."Id";
            END;
            """);
        migrationBuilder.Sql("""INSERT INTO vacancy_fts ("VacancyId", "Title", "Text") SELECT "Id", "SearchTitle", "SearchText" FROM vacancies;""");
    }
}
