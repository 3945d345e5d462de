using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kyzmat.Recruitment.Persistence.Migrations.Sqlite
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
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "BLOB", maxLength: 200, nullable: false),
                    ProtectedPrivateKey = table.Column<byte[]>(type: "BLOB", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
