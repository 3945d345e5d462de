using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kyzmat.Recruitment.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UserTaskBusinessKeyStateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_BusinessKey",
                table: "wf_user_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_BusinessKey_State",
                table: "wf_user_tasks",
                columns: new[] { "BusinessKey", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_BusinessKey_State",
                table: "wf_user_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_BusinessKey",
                table: "wf_user_tasks",
                column: "BusinessKey");
        }
    }
}
