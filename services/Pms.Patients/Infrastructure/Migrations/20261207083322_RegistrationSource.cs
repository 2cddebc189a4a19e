using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Patients.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegistrationSource",
                table: "Patients",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // Records made before the source was kept: one with an account signed up online, as only sign-ups make accounts.
            migrationBuilder.Sql("""UPDATE "Patients" SET "RegistrationSource" = CASE WHEN "AuthUserId" IS NULL THEN 'Desk' ELSE 'Online' END""");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_CreatedAt",
                table: "Patients",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_CreatedAt",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "RegistrationSource",
                table: "Patients");
        }
    }
}
