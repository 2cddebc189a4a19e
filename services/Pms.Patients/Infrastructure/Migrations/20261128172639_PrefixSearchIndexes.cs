using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Patients.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PrefixSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_Mrn",
                table: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_Patients_NormalizedEmail",
                table: "Patients");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_Mrn",
                table: "Patients",
                column: "Mrn",
                unique: true)
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_NormalizedEmail",
                table: "Patients",
                column: "NormalizedEmail")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_Mrn",
                table: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_Patients_NormalizedEmail",
                table: "Patients");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_Mrn",
                table: "Patients",
                column: "Mrn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patients_NormalizedEmail",
                table: "Patients",
                column: "NormalizedEmail");
        }
    }
}
