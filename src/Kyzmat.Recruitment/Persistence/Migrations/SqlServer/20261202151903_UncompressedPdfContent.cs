using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kyzmat.Recruitment.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// Nothing to do here: the PostgreSQL migration of this name stores application PDFs uncompressed, and SQL Server does not compress varbinary(max) unless asked.
    /// Kept so that every provider has the same migrations (decision 0001).
    /// </summary>
    public partial class UncompressedPdfContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
