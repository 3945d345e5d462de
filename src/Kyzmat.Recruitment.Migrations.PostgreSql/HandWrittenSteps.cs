using Microsoft.EntityFrameworkCore.Migrations;

namespace Kyzmat.Recruitment.Migrations.PostgreSql;

/// <summary>
/// What EF Core does not model, applied at the end of the squashed Initial migration (scripts/squash-migrations.sh
/// calls it again after every squash; decision 0001).
/// </summary>
internal static class HandWrittenSteps
{
    public static void AfterInitial(MigrationBuilder migrationBuilder)
    {
        // Application PDFs are stored out of line without compression: their streams are deflated already, and
        // PostgreSQL's attempt to compress each one anyway was its costliest statement of the citizen path, 2.2 ms per
        // PDF (decision 0011).
        migrationBuilder.Sql("ALTER TABLE application_pdfs ALTER COLUMN \"Content\" SET STORAGE EXTERNAL;");
        VacancySearch(migrationBuilder);
    }

    /// <summary>
    /// The vacancy search (decision 0014): a generated tsvector over the stemmed search columns (<c>simple</c>) and the
    /// Russian and English texts (their Snowball configurations), title weighted A, the rest B, GIN-indexed; and the
    /// lexicon of stems typos are corrected from, kept by a trigger and trigram-indexed (pg_trgm, a trusted extension
    /// the database owner may create).
    /// </summary>
    private static void VacancySearch(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        migrationBuilder.Sql("""
            ALTER TABLE vacancies ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple'::regconfig, "SearchTitle"), 'A') ||
                setweight(to_tsvector('russian'::regconfig, "Title_Ru"), 'A') ||
                setweight(to_tsvector('english'::regconfig, coalesce("Title_En", '')), 'A') ||
                setweight(to_tsvector('simple'::regconfig, "SearchText"), 'B') ||
                setweight(to_tsvector('russian'::regconfig, "Description_Ru" || ' ' || "Requirements_Ru"), 'B') ||
                setweight(to_tsvector('english'::regconfig, coalesce("Description_En", '') || ' ' || coalesce("Requirements_En", '')), 'B')
            ) STORED;
            """);
        // In line (compressed) rather than out of line: a query the planner answers by scanning evaluates @@ on every
        // row, and fetching each ~1.7 KB vector from TOAST doubled that scan's time (bench journal, 2026-12-06).
        migrationBuilder.Sql("""ALTER TABLE vacancies ALTER COLUMN "SearchVector" SET STORAGE MAIN;""");
        migrationBuilder.Sql("""CREATE INDEX ix_vacancies_search_vector ON vacancies USING GIN ("SearchVector");""");
        // The text condition and rank as EF calls them (PostgreSqlSearchFunctions). Plain SQL functions, which the
        // planner inlines: the condition becomes the indexable `"SearchVector" @@ …` on the vacancy's own scan.
        migrationBuilder.Sql("""
            CREATE FUNCTION vacancy_search_matches(vector tsvector, query text) RETURNS boolean
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT vector @@ query::tsquery $$;
            CREATE FUNCTION vacancy_search_rank(vector tsvector, query text) RETURNS double precision
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ts_rank(vector, query::tsquery)::float8 $$;
            """);
        // The title alone, small and in line, with its own GIN index: a text search ranks the vacancies whose title has
        // every word first (by ts_rank on this small vector), and ranks the rest only when a page reaches past them —
        // ts_rank over every match's full vector was most of a text query's time at 100,000 (bench journal, 2026-12-07).
        migrationBuilder.Sql("""
            ALTER TABLE vacancies ADD COLUMN "SearchTitleVector" tsvector GENERATED ALWAYS AS (
                to_tsvector('simple'::regconfig, "SearchTitle") ||
                to_tsvector('russian'::regconfig, "Title_Ru") ||
                to_tsvector('english'::regconfig, coalesce("Title_En", ''))
            ) STORED;
            """);
        // In line too: beside the ~1.7 KB search vector a row is over the 2 KB toast target, and the toaster moved this
        // small vector out of line with the long texts — three buffers per title match to rank it (bench, 2026-12-07).
        migrationBuilder.Sql("""ALTER TABLE vacancies ALTER COLUMN "SearchTitleVector" SET STORAGE MAIN;""");
        migrationBuilder.Sql("""CREATE INDEX ix_vacancies_search_title_vector ON vacancies USING GIN ("SearchTitleVector");""");
        // Title matches rank from 1 up, the others below 1 (ts_rank stays within [0, 1]; capped to be sure).
        migrationBuilder.Sql("""
            CREATE FUNCTION vacancy_search_title_matches(vector tsvector, query text) RETURNS boolean
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT vector @@ query::tsquery $$;
            CREATE FUNCTION vacancy_search_title_rank(vector tsvector, query text) RETURNS double precision
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 1 + ts_rank(vector, query::tsquery)::float8 $$;
            CREATE FUNCTION vacancy_search_other_rank(vector tsvector, query text) RETURNS double precision
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT least(ts_rank(vector, query::tsquery)::float8, 0.999999) $$;
            """);
        // Narrow, partial, covering indexes of published vacancies: the bounded count and the facets read them alone
        // (index-only scans) instead of the ~2 KB rows; the first serves the group and salary filters, the second any
        // other filter of open vacancies (by deadline) and every facet.
        migrationBuilder.Sql("""
            CREATE INDEX ix_vacancies_published_group_salary ON vacancies ("Group", "SalaryMax") INCLUDE ("Deadline")
                WHERE "Status" = 'Published';
            CREATE INDEX ix_vacancies_published_deadline ON vacancies ("Deadline") INCLUDE ("StateBodyId", "Group", "SalaryMax")
                WHERE "Status" = 'Published';
            """);
        // "C": the primary key then serves prefix look-ups as ranges by code point.
        migrationBuilder.Sql("CREATE TABLE vacancy_search_terms (term text COLLATE \"C\" PRIMARY KEY);");
        migrationBuilder.Sql("CREATE INDEX ix_vacancy_search_terms_trgm ON vacancy_search_terms USING GIN (term gin_trgm_ops);");
        migrationBuilder.Sql("""
            CREATE FUNCTION vacancy_search_terms_collect() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO vacancy_search_terms (term)
                SELECT DISTINCT t FROM regexp_split_to_table(NEW."SearchTitle" || ' ' || NEW."SearchText", ' ') AS t WHERE t <> '' ORDER BY t
                ON CONFLICT DO NOTHING;
                RETURN NEW;
            END $$;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER vacancies_search_insert AFTER INSERT ON vacancies
                FOR EACH ROW EXECUTE FUNCTION vacancy_search_terms_collect();
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER vacancies_search_update AFTER UPDATE OF "SearchTitle", "SearchText" ON vacancies
                FOR EACH ROW EXECUTE FUNCTION vacancy_search_terms_collect();
            """);
    }
}
