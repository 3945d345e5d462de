using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kyzmat.Recruitment.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VacancyAmendments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CancellationReason",
                table: "vacancies",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "vacancy_amendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Text_Ky = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Text_Ru = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vacancy_amendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vacancy_amendments_vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_vacancy_amendments_VacancyId_At",
                table: "vacancy_amendments",
                columns: new[] { "VacancyId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vacancy_amendments");

            migrationBuilder.DropColumn(
                name: "CancellationReason",
                table: "vacancies");
        }
    }
}
