using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Auth.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AccessTokenRevocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessRevocations",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RevokedBefore = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessRevocations", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_AccessRevocations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessRevocations_RevokedBefore",
                table: "AccessRevocations",
                column: "RevokedBefore");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessRevocations");
        }
    }
}
