using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kyzmat.Recruitment.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class VacancyQualifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MinExperienceYears",
                table: "vacancies",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequiredDocuments_En",
                table: "vacancies",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequiredDocuments_Ky",
                table: "vacancies",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RequiredDocuments_Ru",
                table: "vacancies",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RequiredEducation",
                table: "vacancies",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StateLanguageLevel",
                table: "vacancies",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unit_En",
                table: "vacancies",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unit_Ky",
                table: "vacancies",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Unit_Ru",
                table: "vacancies",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MinExperienceYears",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "RequiredDocuments_En",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "RequiredDocuments_Ky",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "RequiredDocuments_Ru",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "RequiredEducation",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "StateLanguageLevel",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "Unit_En",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "Unit_Ky",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "Unit_Ru",
                table: "vacancies");
        }
    }
}
