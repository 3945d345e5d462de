using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kyzmat.Recruitment.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TestRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsTestRun",
                table: "wf_instances",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_IsTestRun_State",
                table: "wf_instances",
                columns: new[] { "IsTestRun", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_instances_IsTestRun_State",
                table: "wf_instances");

            migrationBuilder.DropColumn(
                name: "IsTestRun",
                table: "wf_instances");
        }
    }
}
