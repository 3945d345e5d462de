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
    }
}
