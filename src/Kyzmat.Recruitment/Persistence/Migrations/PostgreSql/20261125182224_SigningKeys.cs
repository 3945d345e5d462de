using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kyzmat.Recruitment.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SigningKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "citizen_signing_keys",
                columns: table => new
                {
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", maxLength: 200, nullable: false),
                    ProtectedPrivateKey = table.Column<byte[]>(type: "bytea", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_citizen_signing_keys", x => x.CitizenId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "citizen_signing_keys");
        }
    }
}
