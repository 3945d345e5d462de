using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kyzmat.Recruitment.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class UniqueBodilessRoleGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_role_grants_CitizenId_Role_without_body",
                table: "role_grants",
                columns: new[] { "CitizenId", "Role" },
                unique: true,
                filter: "\"StateBodyId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_role_grants_CitizenId_Role_without_body",
                table: "role_grants");
        }
    }
}
