using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kyzmat.Recruitment.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// Application PDFs are stored out of line without compression: their streams are deflated already, and
    /// PostgreSQL's attempt to compress each one anyway (pglz, which gives up only after trying the whole value) was
    /// its costliest statement of the citizen path, 2.2 ms per PDF (decision 0011). Rows stored before keep their form.
    /// EF Core does not model a column's storage, so this lives here only; a migration that rebuilds the table must
    /// repeat it.
    /// </summary>
    public partial class UncompressedPdfContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE application_pdfs ALTER COLUMN \"Content\" SET STORAGE EXTERNAL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE application_pdfs ALTER COLUMN \"Content\" SET STORAGE EXTENDED;");
        }
    }
}
