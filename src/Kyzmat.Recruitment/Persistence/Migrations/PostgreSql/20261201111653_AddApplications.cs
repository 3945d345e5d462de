using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kyzmat.Recruitment.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReserveTermMonths",
                table: "state_bodies",
                type: "integer",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: false),
                    StateBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActiveVacancyId = table.Column<Guid>(type: "uuid", nullable: true),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SnapshotJson = table.Column<string>(type: "text", nullable: true),
                    DocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SignedDocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SignatureProvider = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    SignatureValue = table.Column<byte[]>(type: "bytea", nullable: true),
                    TestScore = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_applications_citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_applications_offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_applications_state_bodies_StateBodyId",
                        column: x => x.StateBodyId,
                        principalTable: "state_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_applications_vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "application_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_events_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_pdfs",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_pdfs", x => new { x.ApplicationId, x.Kind });
                    table.ForeignKey(
                        name: "FK_application_pdfs_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reserve_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    StateBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Group = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserve_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reserve_entries_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reserve_entries_citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reserve_entries_state_bodies_StateBodyId",
                        column: x => x.StateBodyId,
                        principalTable: "state_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reserve_entries_vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_application_events_ApplicationId",
                table: "application_events",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_application_events_CitizenId_Id",
                table: "application_events",
                columns: new[] { "CitizenId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_application_pdfs_Sha256",
                table: "application_pdfs",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_applications_CitizenId_ActiveVacancyId",
                table: "applications",
                columns: new[] { "CitizenId", "ActiveVacancyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_applications_Number",
                table: "applications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_applications_OfficeId",
                table: "applications",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_StateBodyId_Status",
                table: "applications",
                columns: new[] { "StateBodyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_VacancyId",
                table: "applications",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_reserve_entries_ApplicationId",
                table: "reserve_entries",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reserve_entries_CitizenId",
                table: "reserve_entries",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_reserve_entries_StateBodyId_Status_Group",
                table: "reserve_entries",
                columns: new[] { "StateBodyId", "Status", "Group" });

            migrationBuilder.CreateIndex(
                name: "IX_reserve_entries_VacancyId",
                table: "reserve_entries",
                column: "VacancyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_events");

            migrationBuilder.DropTable(
                name: "application_pdfs");

            migrationBuilder.DropTable(
                name: "reserve_entries");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.DropColumn(
                name: "ReserveTermMonths",
                table: "state_bodies");
        }
    }
}
