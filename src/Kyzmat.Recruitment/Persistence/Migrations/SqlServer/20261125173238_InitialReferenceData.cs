using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kyzmat.Recruitment.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialReferenceData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Name_En = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Name_Ky = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Name_Ru = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "state_bodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Name_En = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Name_Ky = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Name_Ru = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ShortName_En = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ShortName_Ky = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ShortName_Ru = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_state_bodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "offices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    StateBodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Address_En = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Address_Ky = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Address_Ru = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Name_En = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Name_Ky = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Name_Ru = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_offices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_offices_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_offices_state_bodies_StateBodyId",
                        column: x => x.StateBodyId,
                        principalTable: "state_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "vacancies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StateBodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Group = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Employment = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SalaryMin = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    SalaryMax = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Deadline = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Description_En = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Description_Ky = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Description_Ru = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Requirements_En = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Requirements_Ky = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Requirements_Ru = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Title_En = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Title_Ky = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Title_Ru = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vacancies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vacancies_state_bodies_StateBodyId",
                        column: x => x.StateBodyId,
                        principalTable: "state_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "vacancy_offices",
                columns: table => new
                {
                    OfficeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VacancyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vacancy_offices", x => new { x.OfficeId, x.VacancyId });
                    table.ForeignKey(
                        name: "FK_vacancy_offices_offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_vacancy_offices_vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_offices_Code",
                table: "offices",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_offices_RegionCode",
                table: "offices",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_offices_StateBodyId",
                table: "offices",
                column: "StateBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_state_bodies_Code",
                table: "state_bodies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vacancies_Code",
                table: "vacancies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vacancies_PublishedAt_Id",
                table: "vacancies",
                columns: new[] { "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_vacancies_StateBodyId_Status",
                table: "vacancies",
                columns: new[] { "StateBodyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_vacancies_Status_Deadline",
                table: "vacancies",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_vacancy_offices_VacancyId",
                table: "vacancy_offices",
                column: "VacancyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vacancy_offices");

            migrationBuilder.DropTable(
                name: "offices");

            migrationBuilder.DropTable(
                name: "vacancies");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropTable(
                name: "state_bodies");
        }
    }
}
